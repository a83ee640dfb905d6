import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, setMessage, unsupportedPriority } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 402, errata 2025-09 6.2.111 applied).
export const TC_O_17_CS = defineTestCase({
  id: 'TC_O_17_CS',
  title: 'Set Display Message - NotSupportedPriority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'NOT (UI-1.1 and UI-1.2 and UI-1.3)' }],
  covers: ['O01.FR.01', 'O02.FR.03'],
  catches: ['display-unsupported-priority-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest with <Generated displayMessageId>, <Configured unsupported_display_message_priority>: NotSupportedPriority.
      const set = await setMessage(ctx, made, configuredMessage(ctx, { priority: unsupportedPriority(ctx) }));
      ctx.expect(set.status, 'O02.FR.03: SetDisplayMessageResponse status').to.equal('NotSupportedPriority');
    });
  },
});
