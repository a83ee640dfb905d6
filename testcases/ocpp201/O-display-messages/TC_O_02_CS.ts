import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { collectMessages, configuredMessage, displayCase, memoryConfigured, newRequestId, reported } from './steps.cs.js';

// O03 Get all Display Messages (Part 6 Table 388, errata 2025-09 6.2.111 applied).
export const TC_O_02_CS = defineTestCase({
  id: 'TC_O_02_CS',
  title: 'Get all Display Messages - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O03', 'O03.FR.01', 'O03.FR.02', 'O03.FR.03', 'O03.FR.04', 'O03.FR.05'],
  catches: ['display-notify-wrong-request-id'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: at least 1 display message is configured.
      const message = await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. GetDisplayMessagesRequest with <Generated requestId> only: Accepted.
      const requestId = newRequestId();
      const report = later(collectMessages(ctx, requestId, 'O03.FR.03'));
      const get = await ctx.sut.call('GetDisplayMessages', { requestId });
      ctx.expect(get.status, 'O03.FR.02: GetDisplayMessagesResponse status').to.equal('Accepted');
      // 3-4. NotifyDisplayMessagesRequest (repeated while tbc) with the requestId; post scenario: all messages received.
      const all = await report;
      ctx.expect(reported(all, message.id), `O03.FR.04: the report holds the configured message ${message.id}`).to.not.equal(undefined);
    });
  },
});
