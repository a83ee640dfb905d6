import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { DETACHABLE_CABLE } from './steps.cs.js';

export const TC_F_05_CS = defineTestCase({
  id: 'TC_F_05_CS',
  title: 'Remote unlock Connector - With ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [DETACHABLE_CABLE],
  covers: ['F05', 'F05.FR.01', 'F05.FR.02'],
  catches: ['unlock-during-transaction'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Charging State: a transaction is ongoing on <Configured Connector>, EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. UnlockConnectorRequest for the connector: OngoingAuthorizedTransaction.
      const res = await ctx.sut.call('UnlockConnector', { evseId: s.evseId, connectorId: s.connectorId }, { requirement: 'F05.FR.01' });
      ctx.expect(res.status, 'F05.FR.02: UnlockConnectorResponse status').to.equal('OngoingAuthorizedTransaction');
    });
  },
});
