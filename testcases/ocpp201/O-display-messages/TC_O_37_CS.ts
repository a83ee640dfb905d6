import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import {
  authorized, energyTransferStarted, evConnectedPostSession, evConnectedPreSession, evDisconnected, parkingBayOccupied, parkingBayUnoccupied, stopAuthorized,
} from '../_shared/transaction-states.cs.js';
import { configuredMessage, displayCase, getReported, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 416, errata 2025-09 6.2.111 applied): a message bound to the state Idle (shown while no EV charges).
export const TC_O_37_CS = defineTestCase({
  id: 'TC_O_37_CS',
  title: 'Set Display Message - State Idle',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O04'],
  catches: ['display-state-not-reported'],
  async run(ctx) {
    await displayCase(ctx, (made) => transactionCase(ctx, {}, async () => {
      // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, <Configured priority>, state Idle: Accepted.
      const message = configuredMessage(ctx, { state: 'Idle' });
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O01: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3-6. ParkingBayOccupied, Authorized, EVConnectedPreSession, EnergyTransferStarted.
      await parkingBayOccupied(ctx);
      await authorized(ctx);
      await evConnectedPreSession(ctx);
      await energyTransferStarted(ctx);
      // 7-10. StopAuthorized, EVConnectedPostSession, EVDisconnected, ParkingBayUnoccupied.
      await stopAuthorized(ctx);
      await evConnectedPostSession(ctx);
      await evDisconnected(ctx);
      await parkingBayUnoccupied(ctx);
      // 11-14. GetDisplayMessagesRequest with the id: Accepted; NotifyDisplayMessagesRequest with the requestId, state Idle.
      const shown = await getReported(ctx, message.id);
      ctx.expect(shown?.state, 'O04: NotifyDisplayMessagesRequest messageInfo state').to.equal('Idle');
    }));
  },
});
