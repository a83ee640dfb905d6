/** OCTT 1.6 §2.7.4, Table 24: Unlock Connector - With Charging Session (Fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf, messageMs, pending } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_018_2_CS = defineTestCase({
  id: 'TC_018_2_CS',
  title: 'Unlock Connector - With Charging Session (Fixed cable)',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  requires: { features: ['FixedCable'] },
  covers: ['5.18', '7.46'],
  catches: ['unlock-fixed-cable'],
  async run(ctx) {
    // 1. A charging session.
    await energyTransferStarted(ctx);
    // 2. UnlockConnector.req: NotSupported (fixed cable); the transaction goes on.
    const noStop = pending(ctx.sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '7.46', describe: 'a fixed cable cannot be unlocked' }));
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for a fixed cable').to.equal('NotSupported');
    await noStop;
  },
});
