import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { chargingBefore, configuredMessage, displayCase, getReported, getStatus, secondMessage, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 410, errata 2025-09 6.2.111 applied): two InFront messages of one transaction, both kept, both gone with it.
export const TC_O_30_CS = defineTestCase({
  id: 'TC_O_30_CS',
  title: 'Set Display Message - Specific transaction - Multiple In front priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'UI-1.2' }],
  covers: ['O02', 'O02.FR.16', 'O02.FR.02'],
  catches: ['display-in-front-replaced', 'display-message-outlives-transaction'],
  async run(ctx) {
    await displayCase(ctx, (made) => transactionCase(ctx, {}, async () => {
      // Before: Charging State EnergyTransferStarted.
      const transactionId = await chargingBefore(ctx);
      // 1-4. SetDisplayMessageRequest, two ids, message.transactionId <Received transactionId>, priority InFront: Accepted.
      const first = configuredMessage(ctx, { priority: 'InFront', transactionId });
      const second = secondMessage(first);
      for (const m of [first, second]) {
        const set = await setMessage(ctx, made, m);
        ctx.expect(set.status, 'O02.FR.16: SetDisplayMessageResponse status').to.equal('Accepted');
      }
      // 5-8 and 9-12. GetDisplayMessagesRequest with each id: Accepted; NotifyDisplayMessagesRequest with its requestId,
      // transactionId, priority InFront and the content (" 2" appended for the second).
      for (const m of [first, second]) {
        const shown = await getReported(ctx, m.id);
        ctx.expect(shown?.transactionId, 'O02.FR.16: NotifyDisplayMessagesRequest messageInfo transactionId').to.equal(transactionId);
        ctx.expect(shown?.priority, 'O02.FR.16: NotifyDisplayMessagesRequest messageInfo priority').to.equal('InFront');
        ctx.expect(shown?.message.content, 'O02.FR.16: NotifyDisplayMessagesRequest messageInfo message.content').to.equal(m.message.content);
      }
      // 13-16. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      // 17-20. GetDisplayMessagesRequest with each id: Unknown (the transaction ended, so did its messages).
      for (const m of [first, second]) await getStatus(ctx, m.id, 'Unknown', 'O02.FR.02', ' after the transaction ended');
    }));
  },
});
