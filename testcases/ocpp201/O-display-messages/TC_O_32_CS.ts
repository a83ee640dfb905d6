import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { chargingBefore, configuredMessage, displayCase, getReported, getStatus, secondMessage, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 411, errata 2025-09 6.2.111 and 6.2.114 applied): the second AlwaysFront message of a transaction replaces the first.
export const TC_O_32_CS = defineTestCase({
  id: 'TC_O_32_CS',
  title: 'Set Display Message - Specific transaction - Second Alwaysfront priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'UI-1.1' }],
  covers: ['O02', 'O02.FR.18', 'O02.FR.02'],
  catches: ['display-always-front-not-replaced', 'display-message-outlives-transaction'],
  async run(ctx) {
    await displayCase(ctx, (made) => transactionCase(ctx, {}, async () => {
      // Before: Charging State EnergyTransferStarted.
      const transactionId = await chargingBefore(ctx);
      // 1-4. SetDisplayMessageRequest <Generated displayMessageId>, then <Configured displayMessage2Id>, for <Received transactionId>,
      // priority AlwaysFront: Accepted.
      const first = configuredMessage(ctx, { priority: 'AlwaysFront', transactionId });
      const second = secondMessage(first);
      for (const m of [first, second]) {
        const set = await setMessage(ctx, made, m);
        ctx.expect(set.status, 'O02.FR.18: SetDisplayMessageResponse status').to.equal('Accepted');
      }
      // 5-6. GetDisplayMessagesRequest with the first id: Unknown (replaced).
      await getStatus(ctx, first.id, 'Unknown', 'O02.FR.18', ' (the first AlwaysFront message)');
      // 7-10. GetDisplayMessagesRequest for the second message (Part 6 writes the first id at step 7, but its step 9 validates
      // the second's content): Accepted; NotifyDisplayMessagesRequest with the transactionId, AlwaysFront and the " 2" content.
      const shown = await getReported(ctx, second.id);
      ctx.expect(shown?.transactionId, 'O02.FR.18: NotifyDisplayMessagesRequest messageInfo transactionId').to.equal(transactionId);
      ctx.expect(shown?.priority, 'O02.FR.18: NotifyDisplayMessagesRequest messageInfo priority').to.equal('AlwaysFront');
      ctx.expect(shown?.message.content, 'O02.FR.18: NotifyDisplayMessagesRequest messageInfo message.content').to.equal(second.message.content);
      // 11-14. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      // 15-16. GetDisplayMessagesRequest (the message still set, the second: Part 6 writes the first id, already Unknown): Unknown.
      await getStatus(ctx, second.id, 'Unknown', 'O02.FR.02', ' after the transaction ended');
    }));
  },
});
