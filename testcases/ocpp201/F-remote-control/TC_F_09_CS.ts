import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';

export const TC_F_09_CS = defineTestCase({
  id: 'TC_F_09_CS',
  title: 'Remote stop transaction - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['F03', 'F03.FR.08'],
  catches: ['remote-stop-unknown-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. RequestStopTransaction with a transactionId different from the station's.
      const other = `${s.transactionId ?? ''}-not-this-one`;
      const res = await sut.call('RequestStopTransaction', { transactionId: other.slice(-36) }, { requirement: 'F03.FR.08' });
      // 2. RequestStopTransactionResponse status Rejected.
      expect(res.status, 'F03.FR.08: RequestStopTransactionResponse status').to.equal('Rejected');
    });
  },
});
