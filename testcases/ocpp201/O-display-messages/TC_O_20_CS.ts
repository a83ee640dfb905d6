import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';
import { configuredMessage, displayCase, getReported, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 405, errata 2025-09 6.2.111 applied).
export const TC_O_20_CS = defineTestCase({
  id: 'TC_O_20_CS',
  title: 'Set Display Message - Persistent over reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.10'],
  catches: ['display-message-not-persistent'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with <Generated displayMessageId> and <Configured priority>: Accepted.
      const message = configuredMessage(ctx);
      const set = await setMessage(ctx, made, message);
      ctx.expect(set.status, 'O01.FR.10: SetDisplayMessageResponse status').to.equal('Accepted');
      // 3. Execute Reusable State Booted.
      await booted(ctx);
      // 4-7. GetDisplayMessagesRequest with the id: Accepted; NotifyDisplayMessagesRequest reports the message as set.
      const shown = await getReported(ctx, message.id);
      ctx.expect(shown?.id, 'O01.FR.10: NotifyDisplayMessagesRequest messageInfo id').to.equal(message.id);
      ctx.expect(shown?.priority, 'O01.FR.10: NotifyDisplayMessagesRequest messageInfo priority').to.equal(message.priority);
      ctx.expect(shown?.message.format, 'O01.FR.10: NotifyDisplayMessagesRequest messageInfo message.format').to.equal(message.message.format);
      ctx.expect(shown?.message.content, 'O01.FR.10: NotifyDisplayMessagesRequest messageInfo message.content').to.equal(message.message.content);
    });
  },
});
