/** OCTT 1.6 §2.24.3, Table 98: Upgrade security profile. Validations are the table's; 1.2/1.3 apply. */
import { CaseNotApplicable, defineTestCase, type SecurityProfile } from '../../kit.js';
import { messageMs, securityProfileChanging, securityProfileRestored } from '../_shared/states.cs.js';
import { currentProfile, profiles } from './steps.cs.js';

export const TC_083_CS = defineTestCase({
  id: 'TC_083_CS',
  title: 'Upgrade security profile',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [1, 2] },
  covers: ['A05.FR.05', 'A05.FR.06', 'A05.FR.07', '7.6'],
  catches: ['security-profile-upgrade-ignored'],
  async run(ctx) {
    const { sut, operator, expect } = ctx;
    const current = await currentProfile(ctx);
    const target = (current + 1) as SecurityProfile;
    // Prerequisite of a TLS profile (A05.FR.03): the Central System root certificate is installed.
    if (target === 2) {
      const pki = await ctx.pki();
      const res = await sut.call('InstallCertificate', { certificateType: 'CentralSystemRootCertificate', certificate: pki.get('csms-root').certPem }, { requirement: 'M05' });
      expect(res.status, 'M05: InstallCertificate.conf status').to.equal('Accepted');
    }
    // 1-2. ChangeConfiguration.req SecurityProfile = current + 1: Accepted (A05.FR.05).
    securityProfileChanging(ctx, current);
    const res = await sut.call('ChangeConfiguration', { key: 'SecurityProfile', value: String(target) }, { requirement: 'A05.FR.05' });
    if (res.status === 'Rejected' && target === 3) throw new CaseNotApplicable('the charge point has no Charge Point certificate for security profile 3 (A05.FR.04)');
    expect(res.status, 'A05.FR.05: ChangeConfiguration.conf status').to.equal('Accepted');
    // The Central System serves the higher profile from now on.
    await sut.reconfigureEndpoint({ securityProfile: target });
    // 3. The charge point disconnects and connects again with the new profile (A05.FR.06, A05.FR.07).
    const info = await sut.expectConnection(messageMs(ctx) * 4, 'A05.FR.07');
    expect(info.securityProfile, 'A05.FR.07: security profile of the new connection').to.equal(target);
    // Afterwards the operator sets the original profile back (lowering is not done over OCPP, A00.FR.005).
    await sut.reconfigureEndpoint({});
    await operator.do('configureStation', { setting: 'securityProfile', value: current });
    await sut.expectConnection(messageMs(ctx) * 4);
    securityProfileRestored(ctx);
  },
});
