import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, getReported, setMessage, stationAvailability, stationOperativeAgain } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 417, errata 2025-09 6.2.111 applied): a message bound to the state Unavailable (shown while the station is Inoperative).
export const TC_O_38_CS = defineTestCase({
  id: 'TC_O_38_CS',
  title: 'Set Display Message - State Unavailable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O04', 'G04.FR.03', 'G01.FR.07'],
  catches: ['display-state-not-reported', 'availability-operative-not-reported'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      try {
        // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, <Configured priority>, state Unavailable: Accepted.
        const message = configuredMessage(ctx, { state: 'Unavailable' });
        const set = await setMessage(ctx, made, message);
        ctx.expect(set.status, 'O01: SetDisplayMessageResponse status').to.equal('Accepted');
        // 3. Execute Reusable State Unavailable (the station): Accepted, every connector reports Unavailable.
        await stationAvailability(ctx, 'Inoperative', 'Unavailable', ['G04.FR.03', 'G04.FR.05']);
        // 4-7. ChangeAvailabilityRequest Operative: Accepted; every connector reports Available (StatusNotification or NotifyEvent).
        await stationAvailability(ctx, 'Operative', 'Available', ['G04.FR.03', 'G01.FR.07']);
        // 8-11. GetDisplayMessagesRequest with the id: Accepted; NotifyDisplayMessagesRequest with the requestId, state Unavailable.
        const shown = await getReported(ctx, message.id);
        ctx.expect(shown?.state, 'O04: NotifyDisplayMessagesRequest messageInfo state').to.equal('Unavailable');
      } finally {
        await stationOperativeAgain(ctx);
      }
    });
  },
});
