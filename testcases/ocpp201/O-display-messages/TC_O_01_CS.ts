import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { collectMessages, configuredMessage, displayCase, newRequestId, reported, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 387, errata 2025-09 6.2.111 applied).
export const TC_O_01_CS = defineTestCase({
  id: 'TC_O_01_CS',
  title: 'Set Display Message - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.12'],
  catches: ['display-message-rejected', 'display-notify-wrong-request-id'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      const message = configuredMessage(ctx);
      // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, <Configured priority>: Accepted.
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O01.FR.12: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3-4. GetDisplayMessagesRequest with the id and <Generated requestId>: Accepted.
      const requestId = newRequestId();
      const report = later(collectMessages(ctx, requestId, 'O04.FR.04'));
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId });
      ctx.expect(get.status, 'O04.FR.01: GetDisplayMessagesResponse status').to.equal('Accepted');
      // 5-6. NotifyDisplayMessagesRequest: the requestId of step 3, the message as configured.
      const shown = reported(await report, message.id);
      ctx.expect(shown, `O04.FR.03: NotifyDisplayMessagesRequest reports message ${message.id}`).to.not.equal(undefined);
      ctx.expect(shown?.priority, 'O04.FR.03: messageInfo priority').to.equal(message.priority);
      ctx.expect(shown?.message.format, 'O04.FR.03: messageInfo message.format').to.equal(message.message.format);
      ctx.expect(shown?.message.content, 'O04.FR.03: messageInfo message.content').to.equal(message.message.content);
    });
  },
});
