import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, memoryConfigured, newRequestId } from './steps.cs.js';

// O05 Clear Display Message (Part 6 Table 390, errata 2025-09 6.2.111 applied).
export const TC_O_04_CS = defineTestCase({
  id: 'TC_O_04_CS',
  title: 'Clear Display Message - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O05', 'O05.FR.01'],
  catches: ['display-clear-keeps-message'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // Memory State: a message with <Generated displayMessageId> is configured.
      const message = await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. ClearDisplayMessageRequest with the id: Accepted.
      const clear = await ctx.sut.call('ClearDisplayMessage', { id: message.id });
      ctx.expect(clear.status, 'O05.FR.01: ClearDisplayMessageResponse status').to.equal('Accepted');
      // 3-4. GetDisplayMessagesRequest with the id: Unknown (the message is gone).
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], requestId: newRequestId() });
      ctx.expect(get.status, 'O05.FR.01: GetDisplayMessagesResponse status after the clear').to.equal('Unknown');
    });
  },
});
