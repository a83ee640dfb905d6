import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { collectMessages, configuredMessage, displayCase, newRequestId, reported, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 399, errata 2025-09 6.2.111 applied).
export const TC_O_13_CS = defineTestCase({
  id: 'TC_O_13_CS',
  title: 'Set Display Message - Display message at StartTime',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.06'],
  catches: ['display-notify-drops-times'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with message.startDateTime <Current dateTime + Configured Start Date Time Offset>: Accepted.
      const startDateTime = new Date(Date.now() + configured(ctx, 'displayMessageWindowMs')).toISOString();
      const message = configuredMessage(ctx, { startDateTime });
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O01.FR.06: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3-4. GetDisplayMessagesRequest with the id: Accepted.
      const requestId = newRequestId();
      const report = later(collectMessages(ctx, requestId, 'O04.FR.04'));
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId });
      ctx.expect(get.status, 'O04.FR.01: GetDisplayMessagesResponse status').to.equal('Accepted');
      // 5-6. NotifyDisplayMessagesRequest with the requestId; startDateTime not omitted.
      const shown = reported(await report, message.id);
      ctx.expect(shown?.startDateTime, 'O01.FR.06: NotifyDisplayMessagesRequest messageInfo startDateTime (not omitted)').to.not.equal(undefined);
    });
  },
});
