import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, setMessage, unsupportedFormat } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 404, errata 2025-09 6.2.111 applied).
export const TC_O_19_CS = defineTestCase({
  id: 'TC_O_19_CS',
  title: 'Set Display Message - NotSupportedMessageFormat',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'NOT (UI-2.1 and UI-2.2 and UI-2.3 and UI-2.4)' }],
  covers: ['O01', 'O02.FR.05'],
  catches: ['display-unsupported-format-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. SetDisplayMessageRequest in <Configured Unsupported Message Format>: NotSupportedMessageFormat.
      const base = configuredMessage(ctx);
      const set = await setMessage(ctx, made, { ...base, message: { ...base.message, format: unsupportedFormat(ctx) } });
      ctx.expect(set.status, 'O02.FR.05: SetDisplayMessageResponse status').to.equal('NotSupportedMessageFormat');
    });
  },
});
