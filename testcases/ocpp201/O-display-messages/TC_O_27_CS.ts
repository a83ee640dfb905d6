import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { chargingBefore, configuredMessage, displayCase, getStatus, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 408).
export const TC_O_27_CS = defineTestCase({
  id: 'TC_O_27_CS',
  title: 'Set Display Message - Specific transaction - Display message at StartTime',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O02', 'O02.FR.06', 'O02.FR.02'],
  catches: ['display-message-outlives-transaction'],
  async run(ctx) {
    await displayCase(ctx, (made) => transactionCase(ctx, {}, async () => {
      // Before: Charging State EnergyTransferStarted.
      const transactionId = await chargingBefore(ctx);
      // 1-2. SetDisplayMessageRequest with message.startDateTime <Current dateTime + 60 seconds> (configured) for the running
      // transaction (the title's "Specific transaction": step 8's Unknown needs it): Accepted.
      const startDateTime = new Date(Date.now() + configured(ctx, 'displayMessageWindowMs')).toISOString();
      const message = configuredMessage(ctx, { startDateTime, transactionId });
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O02.FR.06: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3-6. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      // 7-8. GetDisplayMessagesRequest with the id: Unknown (the transaction ended, so did its message).
      await getStatus(ctx, message.id, 'Unknown', 'O02.FR.02', ' after the transaction ended');
    }));
  },
});
