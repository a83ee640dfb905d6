import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, memoryConfigured } from './steps.cs.js';

// O06 Replace Display Message (Part 6 Table 398, errata 2025-09 6.2.111 applied).
export const TC_O_12_CS = defineTestCase({
  id: 'TC_O_12_CS',
  title: 'Set Display Message - Replace DisplayMessage',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O06', 'O06.FR.01'],
  catches: ['display-replace-rejected'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: display message configured with <Generated displayMessageId>.
      const first = await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. SetDisplayMessageRequest with the same id, <Configured priority> (a new message): Accepted, it replaces the first.
      const set = await ctx.sut.call('SetDisplayMessage', { message: { ...first, message: { ...first.message, content: `${first.message.content} (2)` } } });
      ctx.expect(set.status, 'O06.FR.01: SetDisplayMessageResponse status').to.equal('Accepted');
    });
  },
});
