import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { configuredMessage, displayCase, newRequestId, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 392, errata 2025-09 6.2.111 applied).
export const TC_O_06_CS = defineTestCase({
  id: 'TC_O_06_CS',
  title: 'Set Display Message - Specific transaction - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O02', 'O02.FR.02', 'O02.FR.14'],
  catches: ['display-message-outlives-transaction'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      await transactionCase(ctx, {}, async (s) => {
        // Charging State: EnergyTransferStarted.
        await energyTransferStarted(ctx);
        const transactionId = s.transactionId;
        if (transactionId === undefined) throw new CaseInconclusive('Charging State EnergyTransferStarted: no transactionId known');
        // 1-2. SetDisplayMessageRequest with message.transactionId <Configured transactionId> (the running one): Accepted.
        const message = configuredMessage(ctx, { transactionId });
        const set = await setMessage(ctx, made, message);
        ctx.expect(set.status, 'O02.FR.14: SetDisplayMessageResponse status').to.equal('Accepted');
        // 3-6. Reusable States StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
        await stopAuthorized(ctx);
        await evConnectedPostSession(ctx);
        await evDisconnected(ctx);
        await parkingBayUnoccupied(ctx);
        // 7-8. GetDisplayMessagesRequest with the id: Unknown (the transaction ended, so did its message).
        const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId: newRequestId() });
        ctx.expect(get.status, 'O02.FR.02: GetDisplayMessagesResponse status after the transaction ended').to.equal('Unknown');
      });
    });
  },
});
