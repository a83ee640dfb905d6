import { defineTestCase } from '../../kit.js';
import { transactionCase, transactionEvent } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

export const TC_E_08_CS = defineTestCase({
  id: 'TC_E_08_CS',
  title: 'Stop transaction options - EnergyTransfer stopped - StopAuthorized',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.4 and (C-52 or NOT (C-10.2 or C-10.3))')],
  covers: ['E06(S6)', 'E06.FR.07', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStopPoint('EnergyTransfer')] }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. State is StopAuthorized: the energy transfer stops, and with it the transaction.
      const p = await stopAuthorized(ctx);
      if (p.eventType !== 'Ended') expectEnded(ctx, await transactionEvent(ctx, { describe: '(energy transfer stopped)', requirement: 'E06.FR.07' }), 'E06.FR.07');
    });
  },
});
