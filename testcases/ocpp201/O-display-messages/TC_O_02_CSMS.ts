import { defineTestCase } from '../../kit.js';
import { getDisplayMessages, memoryConfigured } from './steps.csms.js';

// O03 Get all Display Messages (Part 6 Table 676).
export const TC_O_02_CSMS = defineTestCase({
  id: 'TC_O_02_CSMS',
  title: 'Get all Display Messages - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O03', 'O04'],
  catches: ['display-get-adds-priority', 'notify-display-messages-unhandled'],
  async run(ctx) {
    // Memory State: a display message is configured.
    const configured = await memoryConfigured(ctx);
    // 1-2. GetDisplayMessagesRequest; the OCTT answers Accepted; 3-4. it reports the configured message in NotifyDisplayMessagesRequest, the CSMS responds.
    const get = await getDisplayMessages(ctx, 'Accepted', {}, [configured]);
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId (generated)').to.be.a('number');
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id omitted').to.equal(undefined);
    ctx.expect(get.priority, 'step 1: GetDisplayMessagesRequest priority omitted').to.equal(undefined);
    ctx.expect(get.state, 'step 1: GetDisplayMessagesRequest state omitted').to.equal(undefined);
  },
});
