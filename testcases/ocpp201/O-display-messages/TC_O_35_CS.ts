import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { configuredMessage, displayCase, memoryConfigured, newRequestId, secondPriority } from './steps.cs.js';

// O04 Get a Specific Display Message (Part 6 Table 414, errata 2025-09 6.2.111 applied).
export const TC_O_35_CS = defineTestCase({
  id: 'TC_O_35_CS',
  title: 'Get a Specific Display Message - Known Id, but not matching Priority',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced User Interface', condition: '(UI-1.1 and UI-1.2) or (UI-1.2 and UI-1.3) or (UI-1.3 and UI-1.1)' }],
  covers: ['O04', 'O04.FR.02'],
  catches: ['display-get-filter-ignored'],
  async run(ctx) {
    const other = secondPriority(ctx);
    if (!other) throw new CaseNotApplicable('the station claims one message priority only (Part 5: TC_O_35 needs two)');
    await displayCase(ctx, async (made) => {
      // Memory State: a display message with <Generated displayMessageId> and <Configured priority>.
      const message = await memoryConfigured(ctx, made, configuredMessage(ctx));
      // 1-2. GetDisplayMessagesRequest with the id AND priority <Configured display_message_2priority>: Unknown.
      const get = await ctx.sut.call('GetDisplayMessages', { id: [message.id], priority: other, requestId: newRequestId() });
      ctx.expect(get.status, 'O04.FR.02: GetDisplayMessagesResponse status').to.equal('Unknown');
    });
  },
});
