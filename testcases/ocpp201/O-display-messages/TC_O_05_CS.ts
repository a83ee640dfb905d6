import { defineTestCase } from '../../kit.js';
import { displayCase, newMessageId } from './steps.cs.js';

// O05 Clear Display Message (Part 6 Table 391).
export const TC_O_05_CS = defineTestCase({
  id: 'TC_O_05_CS',
  title: 'Clear Display Message - Unknown Key',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O05', 'O05.FR.02'],
  catches: ['display-clear-unknown-accepted'],
  async run(ctx) {
    await displayCase(ctx, async (made) => {
      // 1-2. ClearDisplayMessageRequest with a <Generated displayMessageId> the station does not know: Unknown.
      const id = newMessageId();
      const clear = await ctx.sut.call('ClearDisplayMessage', { id });
      ctx.expect(clear.status, 'O05.FR.02: ClearDisplayMessageResponse status').to.equal('Unknown');
      made.push(id);
    });
  },
});
