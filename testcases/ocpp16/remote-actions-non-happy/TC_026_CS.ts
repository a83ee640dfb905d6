/** OCTT 1.6 §2.11.1, Table 31: Remote Start Charging Session – Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_026_CS = defineTestCase({
  id: 'TC_026_CS',
  title: 'Remote Start Charging Session – Rejected',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11'],
  catches: ['remote-start-always-accepted'],
  async run(ctx) {
    // 1. A charging session on the connector.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStartTransaction.req for the same connector: Rejected (it cannot start a transaction there).
    const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: tx.connectorId, idTag: validTag(ctx) }, { requirement: '5.11' });
    ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status for an occupied connector').to.equal('Rejected');
  },
});
