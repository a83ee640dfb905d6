import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, transactionIdOf, txStopPoint } from './steps.cs.js';

export const TC_E_35_CS = defineTestCase({
  id: 'TC_E_35_CS',
  title: 'Stop transaction options - PowerPathClosed - Remote stop',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT C-10.2)')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['remote-stop-wrong-reason', 'seqno-gap'],
  async run(ctx) {
    const { expect, sut } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('PowerPathClosed')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. RequestStopTransaction for the transaction; Accepted.
      const first = later(transactionEvent(ctx, { describe: '(remote stop)', requirement: 'E06.FR.06' }));
      const res = await sut.call('RequestStopTransaction', { transactionId: transactionIdOf(s) }, { requirement: 'F03.FR.07' });
      expect(res.status, 'F03.FR.07: RequestStopTransactionResponse status').to.equal('Accepted');
      // 3-4. TransactionEvents until Ended (errata 2024-09): one has triggerReason RemoteStop, the last stoppedReason Remote.
      const events = [await first];
      while (events[events.length - 1]?.eventType !== 'Ended') events.push(await transactionEvent(ctx, { describe: '(until Ended)', requirement: 'E06.FR.06' }));
      expect(events.map((p) => p.triggerReason), 'F03.FR.09: one TransactionEventRequest has triggerReason RemoteStop').to.include('RemoteStop');
      expect(txInfo(events[events.length - 1] ?? {}).stoppedReason, 'F03.FR.03: the Ended TransactionEventRequest transactionInfo.stoppedReason').to.equal('Remote');
      s.authorized = false;
    });
  },
});
