import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, memoryConfigured, newMessageId, newRequestId } from './steps.cs.js';

// O04 Get a Specific Display Message (Part 6 Table 397, errata 2025-09 6.2.111 applied).
export const TC_O_11_CS = defineTestCase({
  id: 'TC_O_11_CS',
  title: 'Get a Specific Display Message - Unknown parameters',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O04', 'O04.FR.02'],
  catches: ['display-get-unknown-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: one display message with <Generated displayMessageId> is configured.
      await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. GetDisplayMessagesRequest with id <Other generated messageId>: Unknown.
      const get = await ctx.sut.call('GetDisplayMessages', { id: [newMessageId()], requestId: newRequestId() });
      ctx.expect(get.status, 'O04.FR.02: GetDisplayMessagesResponse status').to.equal('Unknown');
    });
  },
});
