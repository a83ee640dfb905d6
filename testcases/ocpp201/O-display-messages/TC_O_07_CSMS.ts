import { defineTestCase } from '../../kit.js';
import { getDisplayMessages, memoryConfigured } from './steps.csms.js';

// O04 Get a Specific Display Message (Part 6 Table 681).
export const TC_O_07_CSMS = defineTestCase({
  id: 'TC_O_07_CSMS',
  title: 'Get a Specific Display Message - Id',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O04'],
  catches: ['display-get-wrong-id', 'display-get-adds-priority', 'notify-display-messages-unhandled'],
  async run(ctx) {
    // Memory State: a display message is configured.
    const configured = await memoryConfigured(ctx);
    // 1-2. GetDisplayMessagesRequest; the OCTT answers Accepted; 3-4. it reports the configured message in NotifyDisplayMessagesRequest, the CSMS responds.
    const get = await getDisplayMessages(ctx, 'Accepted', { id: [configured.id] }, [configured]);
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId (generated)').to.be.a('number');
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id <Configured_Id>').to.deep.equal([configured.id]);
    ctx.expect(get.priority, 'step 1: GetDisplayMessagesRequest priority omitted').to.equal(undefined);
    ctx.expect(get.state, 'step 1: GetDisplayMessagesRequest state omitted').to.equal(undefined);
  },
});
