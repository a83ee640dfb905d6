/** OCTT 1.6 §2.7.2, Table 22: Unlock connector - no charging session running (Fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf } from '../_shared/states.cs.js';

export const TC_017_2_CS = defineTestCase({
  id: 'TC_017_2_CS',
  title: 'Unlock connector - no charging session running (Fixed cable)',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  requires: { features: ['FixedCable'] },
  covers: ['5.18', '7.46'],
  catches: ['unlock-fixed-cable'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connector with a fixed cable: NotSupported (7.46: no connector lock).
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for a fixed cable').to.equal('NotSupported');
  },
});
