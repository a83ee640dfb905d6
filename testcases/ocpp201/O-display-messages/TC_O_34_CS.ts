import { defineTestCase } from '../../kit.js';
import { configuredMessage, configuredState, displayCase, memoryConfigured, newRequestId, secondState } from './steps.cs.js';

// O04 Get a Specific Display Message (Part 6 Table 413, errata 2025-09 6.2.111 applied).
export const TC_O_34_CS = defineTestCase({
  id: 'TC_O_34_CS',
  title: 'Get a Specific Display Message - Known Id, but not matching State',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O04', 'O04.FR.02'],
  catches: ['display-get-filter-ignored'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: a display message with <Generated displayMessageId> and <Configured display_message_state>.
      const message = await memoryConfigured(ctx, made, configuredMessage(ctx, { state: configuredState(ctx) }));
      // 1-2. GetDisplayMessagesRequest with the id AND state <Configured display_message_2_state>: Unknown.
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], state: secondState(ctx), requestId: newRequestId() });
      ctx.expect(get.status, 'O04.FR.02: GetDisplayMessagesResponse status').to.equal('Unknown');
    });
  },
});
