import { defineTestCase } from '../../kit.js';
import { getDisplayMessages } from './steps.csms.js';

// O03 Get all Display Messages (Part 6 Table 677).
export const TC_O_03_CSMS = defineTestCase({
  id: 'TC_O_03_CSMS',
  title: 'Get all Display Messages - No DisplayMessages configured',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O03', 'O04'],
  catches: ['display-get-no-request-id'],
  async run(ctx) {
    // Memory State: N/a.
    // 1-2. GetDisplayMessagesRequest; the OCTT answers Unknown.
    const get = await getDisplayMessages(ctx, 'Unknown', {});
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId (generated)').to.be.a('number');
  },
});
