import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { chargingBefore, configuredMessage, displayCase, getStatus, setMessage } from './steps.cs.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 409, errata 2025-09 6.2.111 and 6.2.113 applied).
export const TC_O_28_CS = defineTestCase({
  id: 'TC_O_28_CS',
  title: 'Set Display Message - Specific transaction - Remove message after EndTime',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O02', 'O02.FR.07'],
  catches: ['display-message-past-end-time'],
  async run(ctx) {
    await displayCase(ctx, (made) => transactionCase(ctx, {}, async () => {
      // Before: Charging State EnergyTransferStarted.
      const transactionId = await chargingBefore(ctx);
      // 1-2. SetDisplayMessageRequest with message.endDateTime <Current dateTime + Configured End Date Time Offset>, for the running
      // transaction (the title's "Specific transaction"): Accepted.
      const endsAt = Date.now() + configured(ctx, 'displayMessageWindowMs');
      const message = configuredMessage(ctx, { endDateTime: new Date(endsAt).toISOString(), transactionId });
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O02.FR.07: SetDisplayMessageResponse status').to.equal('Accepted');
      // Waiting <Configured End Date Time Offset> (the end time), the transaction still running; 3-4. GetDisplayMessagesRequest with the id: Unknown.
      await ctx.specifiedWait(Math.max(0, endsAt - Date.now()) + 500, 'the display message end time (endDateTime) to pass');
      await getStatus(ctx, message.id, 'Unknown', 'O02.FR.07', ' after endDateTime');
    }));
  },
});
