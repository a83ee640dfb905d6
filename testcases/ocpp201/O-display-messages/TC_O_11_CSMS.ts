import { defineTestCase } from '../../kit.js';
import { getDisplayMessages, memoryConfigured, unknownMessageId } from './steps.csms.js';

// O04 Get a Specific Display Message (Part 6 Table 685). Not listed for the CSMS in Part 5 Ed3: filed under Advanced User Interface.
export const TC_O_11_CSMS = defineTestCase({
  id: 'TC_O_11_CSMS',
  title: 'Get a Specific Display Message - Unknown parameters',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O04'],
  catches: ['display-get-wrong-id', 'display-get-no-request-id'],
  async run(ctx) {
    // Memory State: a display message is configured (set by the CSMS).
    const configured = await memoryConfigured(ctx);
    // Manual Action: request the CSMS to get the display message with another id. 1-2. GetDisplayMessagesRequest; the OCTT answers Unknown.
    const other = unknownMessageId();
    const get = await getDisplayMessages(ctx, 'Unknown', { id: [other] });
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id <A different generated Id>').to.deep.equal([other]);
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id (not the configured message)').to.not.include(configured.id);
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId <Generated Id>').to.be.a('number');
  },
});
