import { defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, getReported, getStatus, secondMessage, setMessage } from './steps.cs.js';

// O01 Set Display Message (Part 6 Table 407, errata 2025-09 6.2.111 applied): a second AlwaysFront message replaces the first (O01.FR.18).
export const TC_O_24_CS = defineTestCase({
  id: 'TC_O_24_CS',
  title: 'Set Display Message - Second Alwaysfront priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: 'UI-1.1' }],
  covers: ['O01', 'O01.FR.17', 'O01.FR.18'],
  catches: ['display-always-front-not-replaced'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-4. SetDisplayMessageRequest <Generated displayMessageId>, then <Configured displayMessage2Id>, priority AlwaysFront
      // (<Configured Priority>: the case is about AlwaysFront): Accepted.
      const first = configuredMessage(ctx, { priority: 'AlwaysFront' });
      const second = secondMessage(first);
      for (const m of [first, second]) {
        const set = await setMessage(ctx, made, m);
        ctx.expect(set.status, 'O01.FR.18: SetDisplayMessageResponse status').to.equal('Accepted');
      }
      // 5-6. GetDisplayMessagesRequest with the first id: Unknown (replaced).
      await getStatus(ctx, first.id, 'Unknown', 'O01.FR.18', ' (the first AlwaysFront message)');
      // 7-10. GetDisplayMessagesRequest with the second id: Accepted, NotifyDisplayMessagesRequest with its requestId.
      const shown = await getReported(ctx, second.id);
      ctx.expect(shown?.id, 'O01.FR.18: NotifyDisplayMessagesRequest messageInfo id').to.equal(second.id);
    });
  },
});
