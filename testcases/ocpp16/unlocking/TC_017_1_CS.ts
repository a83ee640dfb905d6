/** OCTT 1.6 §2.7.1, Table 21: Unlock connector - no charging session running (Not fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';

export const TC_017_1_CS = defineTestCase({
  id: 'TC_017_1_CS',
  title: 'Unlock connector - no charging session running (Not fixed cable)',
  version: '1.6',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['5.18', '7.46'],
  catches: ['unlock-rejected'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for the connector: Unlocked.
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
  },
});
