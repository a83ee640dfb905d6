import { defineTestCase } from '../../kit.js';
import { newMessageId, newRequestId } from './steps.cs.js';

// O04 Get a Specific Display Message (Part 6 Table 412).
export const TC_O_33_CS = defineTestCase({
  id: 'TC_O_33_CS',
  title: 'Get a Specific Display Message - No DisplayMessages configured',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O04', 'O04.FR.07'],
  catches: ['display-get-unknown-accepted'],
  async run(ctx) {
    // 1-2. GetDisplayMessagesRequest with id <Generated displayMessageId> (none configured): Unknown.
    const get = await ctx.sut.call('GetDisplayMessages', { id: [newMessageId()], requestId: newRequestId() });
    ctx.expect(get.status, 'O04.FR.07: GetDisplayMessagesResponse status').to.equal('Unknown');
  },
});
