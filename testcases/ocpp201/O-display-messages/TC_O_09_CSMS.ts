import { defineTestCase } from '../../kit.js';
import { configuredDisplay, getDisplayMessages, memoryConfigured } from './steps.csms.js';

// O04 Get a Specific Display Message (Part 6 Table 683).
export const TC_O_09_CSMS = defineTestCase({
  id: 'TC_O_09_CSMS',
  title: 'Get a Specific Display Message - State',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O04'],
  catches: ['display-get-adds-priority', 'notify-display-messages-unhandled'],
  async run(ctx) {
    // Memory State: a display message is configured.
    const configured = await memoryConfigured(ctx, { state: configuredDisplay(ctx).state });
    // 1-2. GetDisplayMessagesRequest; the OCTT answers Accepted; 3-4. it reports the configured message in NotifyDisplayMessagesRequest, the CSMS responds.
    const get = await getDisplayMessages(ctx, 'Accepted', { state: configuredDisplay(ctx).state }, [configured]);
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId (generated)').to.be.a('number');
    ctx.expect(get.state, 'step 1: GetDisplayMessagesRequest state <Configured_State>').to.equal(configuredDisplay(ctx).state);
    ctx.expect(get.priority, 'step 1: GetDisplayMessagesRequest priority omitted').to.equal(undefined);
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id omitted').to.equal(undefined);
  },
});
