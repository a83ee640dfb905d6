import { defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { collectMessages, configuredMessage, displayCase, memoryConfigured, newRequestId, reported } from './steps.cs.js';

// O04 Get a Specific Display Message (Part 6 Table 394, errata 2025-09 6.2.111 applied).
export const TC_O_08_CS = defineTestCase({
  id: 'TC_O_08_CS',
  title: 'Get a Specific Display Message - Priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O04', 'O04.FR.01', 'O04.FR.03', 'O04.FR.04', 'O04.FR.05', 'O04.FR.06'],
  catches: ['display-notify-wrong-request-id'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: at least 1 message with <Configured display_messagepriority> is configured.
      const message = await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. GetDisplayMessagesRequest with priority <Configured display_messagepriority> and <Generated requestId>: Accepted.
      const requestId = newRequestId();
      const report = later(collectMessages(ctx, requestId, 'O04.FR.04'));
      const get = await ctx.sut.call('GetDisplayMessages', { priority: message.priority, requestId });
      ctx.expect(get.status, 'O04.FR.01: GetDisplayMessagesResponse status').to.equal('Accepted');
      // 3-4. NotifyDisplayMessagesRequest (repeated while tbc) with the requestId; post scenario: all messages received.
      const all = await report;
      ctx.expect(reported(all, message.id), `O04.FR.03: the report holds message ${message.id}`).to.not.equal(undefined);
    });
  },
});
