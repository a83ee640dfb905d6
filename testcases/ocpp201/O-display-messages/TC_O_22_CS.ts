import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, getReported, secondMessage, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 406, errata 2025-09 6.2.111 applied): two InFront messages are both kept (and cycled, O01.FR.16).
export const TC_O_22_CS = defineTestCase({
  id: 'TC_O_22_CS',
  title: 'Set Display Message - Multiple In front priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'UI-1.2' }],
  covers: ['O01', 'O01.FR.14', 'O01.FR.16'],
  catches: ['display-in-front-replaced'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-4. SetDisplayMessageRequest <Generated displayMessageId>, then <Generated displayMessage2Id>, priority InFront: Accepted.
      const first = configuredMessage(ctx, { priority: 'InFront' });
      const second = secondMessage(first);
      for (const m of [first, second]) {
        const set = await setMessage(ctx, made, m);
        ctx.expect(set.status, 'O01.FR.16: SetDisplayMessageResponse status').to.equal('Accepted');
      }
      // 5-8 and 9-12. GetDisplayMessagesRequest with each id: Accepted, NotifyDisplayMessagesRequest with its requestId.
      for (const m of [first, second]) {
        const shown = await getReported(ctx, m.id);
        ctx.expect(shown?.id, 'O01.FR.16: NotifyDisplayMessagesRequest messageInfo id').to.equal(m.id);
      }
    });
  },
});
