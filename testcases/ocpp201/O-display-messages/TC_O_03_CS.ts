import { defineTestCase } from '../../kit.js';
import { newRequestId } from './steps.cs.js';

// O03 Get all Display Messages (Part 6 Table 389).
export const TC_O_03_CS = defineTestCase({
  id: 'TC_O_03_CS',
  title: 'Get all Display Messages - No DisplayMessages configured',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced User Interface'],
  covers: ['O03', 'O03.FR.06'],
  catches: ['display-get-unknown-accepted'],
  async run(ctx) {
    // 1-2. GetDisplayMessagesRequest (no display message configured: every case clears what it set): Unknown.
    const get = await ctx.sut.call('GetDisplayMessages', { requestId: newRequestId() });
    ctx.expect(get.status, 'O03.FR.06: GetDisplayMessagesResponse status').to.equal('Unknown');
  },
});
