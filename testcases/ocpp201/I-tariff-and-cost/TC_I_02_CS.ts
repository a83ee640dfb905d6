import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';

// I03 Show EV Driver Final Total Cost After Charging (Part 6 Table 241).
export const TC_I_02_CS = defineTestCase({
  id: 'TC_I_02_CS',
  title: 'Show EV Driver Final Total Cost After Charging',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['I03', 'I03.FR.01', 'I03.FR.03'],
  catches: ['local-stop-wrong-trigger'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-4. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied; the TransactionEvent Ended
      // among them (I03.FR.01) is answered with totalCost <Generated Cost>.
      s.onEnded = { totalCost: Math.round(Math.random() * 10_000) / 100 };
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
    });
  },
});
