/**
 * OCPP 1.6J security whitepaper (edition 3) transport cases, charge point under test: the harness
 * plays the Central System. The official 1.6 test-case document is not available: the steps follow
 * the catalogue and the whitepaper (2 Secure connection setup, A00.FR.2xx-5xx; A05 Upgrade Charge
 * Point Security Profile; 7.6 SecurityProfile). Each case needs the session's security profile.
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import type { SecurityProfile } from '../../src/ocpp/types.js';
import { connectorIds, expectStatus, getConfiguration, messageMs, securityProfileChanging, securityProfileRestored } from './states.cs.js';

const block = 'security';
const profiles = ['Security (1.6 security whitepaper)'];

/** The charge point's SecurityProfile configuration key (7.6), or the ICS claim when it has none. */
async function currentProfile(ctx: CaseContext): Promise<number> {
  const value = (await getConfiguration(ctx, ['SecurityProfile'])).values.get('SecurityProfile')?.value;
  return value === undefined ? ctx.ics.securityProfile : Number(value);
}

/**
 * The charge point (re)starts and connects: the attempt must succeed with the session's security
 * profile; its boot is accepted and its connectors reported. Returns the connection's details.
 */
async function connectsAfterPowerCycle(ctx: CaseContext, requirement: string): Promise<Record<string, unknown>> {
  const { sut, operator, ics } = ctx;
  const attempt = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 3, requirement });
  const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 4, requirement: '4.2' });
  await operator.do('powerCycle');
  const result = await attempt;
  if (result.kind !== 'connected') {
    ctx.fail(`the charge point's connection attempt ${result.kind === 'refused' ? `was refused with HTTP ${result.status}` : 'failed in the TLS handshake'}: ${result.reason}`, requirement);
  }
  (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await Promise.all(connectorIds(ctx).map((c) => expectStatus(ctx, ['Available', 'Preparing', 'Unavailable'], { connectorId: c })));
  return result.info;
}

export const TC_083_CS = defineTestCase({
  id: 'TC_083_CS',
  title: 'Upgrade security profile',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_084_CS = defineTestCase({
  id: 'TC_084_CS',
  title: 'Downgrade security profile - Rejected',
  version: '1.6',
  sut: 'CS',
  block,
  profiles,
  requires: { securityProfile: [1, 2, 3] },
  covers: ['A05.FR.01', 'A00.FR.005', '7.6'],
  catches: ['security-profile-downgrade-accepted'],
  async run(ctx) {
    const current = await currentProfile(ctx);
    // 1-2. ChangeConfiguration.req SecurityProfile = current - 1: Rejected (A05.FR.01), the profile stays.
    securityProfileChanging(ctx, current);
    const res = await ctx.sut.call('ChangeConfiguration', { key: 'SecurityProfile', value: String(current - 1) }, { requirement: 'A05.FR.01' });
    ctx.expect(res.status, 'A05.FR.01: ChangeConfiguration.conf status for a lower SecurityProfile').to.equal('Rejected');
    ctx.expect(await currentProfile(ctx), 'A05.FR.01: SecurityProfile after the rejected change').to.equal(current);
    securityProfileRestored(ctx);
  },
});

export const TC_085_CS = defineTestCase({
  id: 'TC_085_CS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '1.6',
  sut: 'CS',
  block,
  profiles,
  requires: { securityProfile: [1, 2] },
  covers: ['A00.FR.202', 'A00.FR.203', 'A00.FR.204', 'A00.FR.302', 'A00.FR.303'],
  // The case is about connecting: a charge point that cannot must FAIL here, not leave the preconditions inconclusive.
  preconditions: false,
  catches: ['basic-auth-username-mismatch'],
  async run(ctx) {
    // 1. The charge point starts and connects with HTTP Basic authentication (A00.FR.202/203).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.204');
    // 2. The username is the charge point identity of the URL, the password its AuthorizationKey (accepted by the endpoint).
    ctx.expect(info.username, 'A00.FR.204: Basic-auth username').to.equal(info.stationId);
  },
});

export const TC_086_CS = defineTestCase({
  id: 'TC_086_CS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '1.6',
  sut: 'CS',
  block,
  profiles,
  requires: { securityProfile: [2, 3] },
  covers: ['A00.FR.307', 'A00.FR.311', 'A00.FR.312', 'A00.FR.411', 'A00.FR.415'],
  preconditions: false,
  catches: ['rejects-valid-server-cert'],
  async run(ctx) {
    // 1. The charge point starts and connects over TLS, accepting the Central System's valid certificate (A00.FR.307/411).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.307');
    // 2. TLS 1.2 or above (A00.FR.312).
    const tls = info.tls as { protocol?: string } | undefined;
    ctx.expect(tls?.protocol, 'A00.FR.312: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // Profile 2: HTTP Basic authentication with the charge point identity on top (A00.FR.303).
    if (ctx.ics.securityProfile === 2) ctx.expect(info.username, 'A00.FR.303: Basic-auth username').to.equal(info.stationId);
  },
});

export const TC_087_CS = defineTestCase({
  id: 'TC_087_CS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '1.6',
  sut: 'CS',
  block,
  profiles,
  requires: { securityProfile: [3] },
  covers: ['A00.FR.401', 'A00.FR.402', 'A00.FR.416', 'A00.FR.509', 'A00.FR.511'],
  preconditions: false,
  catches: ['no-client-cert'],
  async run(ctx) {
    // 1. The charge point starts and connects presenting its client certificate (A00.FR.401/402).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.402');
    const tls = info.tls as { protocol?: string; clientCert?: { commonName?: string; organization?: string } } | undefined;
    ctx.expect(tls?.protocol, 'A00.FR.416: TLS version of the connection').to.be.oneOf(['TLSv1.2', 'TLSv1.3']);
    // 2. The certificate names the charge point in its CN and its owner in its O (A00.FR.509, A00.FR.511).
    ctx.expect(tls?.clientCert?.commonName, 'A00.FR.511: client certificate commonName').to.be.a('string').and.not.equal('');
    ctx.expect(tls?.clientCert?.organization, 'A00.FR.509: client certificate organizationName').to.be.a('string').and.not.equal('');
  },
});
