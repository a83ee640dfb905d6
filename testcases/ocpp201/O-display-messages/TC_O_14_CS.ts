import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { collectMessages, configuredMessage, displayCase, newRequestId, reported, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 400, errata 2025-09 6.2.111 applied).
export const TC_O_14_CS = defineTestCase({
  id: 'TC_O_14_CS',
  title: 'Set Display Message - Remove message after EndTime',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.07'],
  catches: ['display-message-past-end-time', 'display-notify-drops-times'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with message.endDateTime <Current dateTime + Configured End Date Time Offset>: Accepted.
      const windowMs = configured(ctx, 'displayMessageWindowMs');
      const endsAt = Date.now() + windowMs;
      const message = configuredMessage(ctx, { endDateTime: new Date(endsAt).toISOString() });
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O01.FR.07: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3-4. GetDisplayMessagesRequest with the id: Accepted.
      const requestId = newRequestId();
      const report = later(collectMessages(ctx, requestId, 'O04.FR.04'));
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId });
      ctx.expect(get.status, 'O04.FR.01: GetDisplayMessagesResponse status').to.equal('Accepted');
      // 5-6. NotifyDisplayMessagesRequest with the requestId; endDateTime not omitted.
      const shown = reported(await report, message.id);
      ctx.expect(shown?.endDateTime, 'O01.FR.07: NotifyDisplayMessagesRequest messageInfo endDateTime (not omitted)').to.not.equal(undefined);
      // Wait till the end time passed (<Configured End Date Time Offset>), then 7-8. GetDisplayMessagesRequest with the id: Unknown.
      await ctx.specifiedWait(Math.max(0, endsAt - Date.now()) + 500, 'the display message end time (endDateTime) to pass');
      const after = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId: newRequestId() });
      ctx.expect(after.status, 'O01.FR.07: GetDisplayMessagesResponse status after endDateTime').to.equal('Unknown');
    });
  },
});
