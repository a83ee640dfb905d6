/** OCTT 1.6 §2.24.3, Table 99: Downgrade security profile - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { securityProfileChanging, securityProfileRestored } from '../_shared/states.cs.js';
import { currentProfile, profiles } from './steps.cs.js';

export const TC_084_CS = defineTestCase({
  id: 'TC_084_CS',
  title: 'Downgrade security profile - Rejected',
  version: '1.6',
  sut: 'CS',
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
