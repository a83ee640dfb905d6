import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, getReported, setMessage, statusChange } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 418, errata 2025-09 6.2.111 and 6.2.115 applied): a message bound to the state Faulted.
// Not listed for the station in Part 5 Ed3: filed under Advanced User Interface, whose messages it sets.
export const TC_O_39_CS = defineTestCase({
  id: 'TC_O_39_CS',
  title: 'Set Display Message - State Faulted',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O04'],
  catches: ['display-state-not-reported'],
  async run(ctx) {
    const { operator } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    await displayCase(ctx, async (made) => {
      try {
        // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, <Configured priority>, state Faulted, content
        // <Message indicating the Charging Station is in a Faulted state>, display <Configured display component variable>: Accepted.
        const base = configuredMessage(ctx, { state: 'Faulted' });
        const message = { ...base, message: { ...base.message, content: 'Faulted' } };
        const set = await setMessage(ctx, made, message);
        ctx.expect(set.status, 'O01: SetDisplayMessageResponse status').to.equal('Accepted');
        // Manual Action: set the Charging Station to state Faulted; 3-4. it reports the change (errata 6.2.115: StatusNotification
        // Faulted or Unavailable, or NotifyEvent AvailabilityState of the Connector, or Faulted of the ChargingStation).
        const faulted = statusChange(ctx, ['Faulted', 'Unavailable'], 'Faulted', 'step 3');
        await operator.do('causeFault', { evseId, connectorId: 1, errorCode: 'GroundFailure' });
        await faulted;
        // Manual Action: set the Charging Station back to state Available; 5-6. it reports Available likewise.
        const available = statusChange(ctx, ['Available'], 'Available', 'step 5');
        await operator.do('clearFault', { evseId, connectorId: 1 });
        await available;
        // 7-10. GetDisplayMessagesRequest with the id: Accepted; NotifyDisplayMessagesRequest with the requestId, state Faulted.
        const shown = await getReported(ctx, message.id);
        ctx.expect(shown?.state, 'O04: NotifyDisplayMessagesRequest messageInfo state').to.equal('Faulted');
      } finally {
        // Not graded: the fault is repaired (again, when the case stopped between the two manual actions).
        await operator.do('clearFault', { evseId, connectorId: 1 }).catch(() => undefined);
      }
    });
  },
});
