import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, transactionIdOf, txStopPoint } from './steps.cs.js';

export const TC_E_21_CS = defineTestCase({
  id: 'TC_E_21_CS',
  title: 'Stop transaction options - StopAuthorized - Remote',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.2')],
  covers: ['E06(S3)', 'F03', 'E06.FR.03', 'E06.FR.15', 'F03.FR.09'],
  catches: ['remote-stop-wrong-reason', 'seqno-gap'],
  async run(ctx) {
    const { expect, sut } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('Authorized')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. RequestStopTransaction for the transaction; Accepted.
      const tx = later(transactionEvent(ctx, { describe: '(remote stop)', requirement: 'E06.FR.03' }));
      const res = await sut.call('RequestStopTransaction', { transactionId: transactionIdOf(s) }, { requirement: 'F03.FR.07' });
      expect(res.status, 'F03.FR.07: RequestStopTransactionResponse status').to.equal('Accepted');
      // 3-4. The transaction ends: RemoteStop, Remote.
      const p = await tx;
      expect(p.triggerReason, 'F03.FR.09: TransactionEventRequest triggerReason').to.equal('RemoteStop');
      expect(txInfo(p).stoppedReason, 'F03.FR.03: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Remote');
      expectEnded(ctx, p, 'E06.FR.03');
      s.authorized = false;
    });
  },
});
