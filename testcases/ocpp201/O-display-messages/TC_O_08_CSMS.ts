import { defineTestCase } from '../../kit.js';
import { configuredDisplay, getDisplayMessages, memoryConfigured } from './steps.csms.js';

// O04 Get a Specific Display Message (Part 6 Table 682).
export const TC_O_08_CSMS = defineTestCase({
  id: 'TC_O_08_CSMS',
  title: 'Get a Specific Display Message - Priority',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O04'],
  catches: ['notify-display-messages-unhandled'],
  async run(ctx) {
    // Memory State: a display message is configured.
    const configured = await memoryConfigured(ctx);
    // 1-2. GetDisplayMessagesRequest; the OCTT answers Accepted; 3-4. it reports the configured message in NotifyDisplayMessagesRequest, the CSMS responds.
    const get = await getDisplayMessages(ctx, 'Accepted', { priority: configuredDisplay(ctx).priority }, [configured]);
    ctx.expect(get.requestId, 'step 1: GetDisplayMessagesRequest requestId (generated)').to.be.a('number');
    ctx.expect(get.priority, 'step 1: GetDisplayMessagesRequest priority <Configured_Priority>').to.equal(configuredDisplay(ctx).priority);
    ctx.expect(get.id, 'step 1: GetDisplayMessagesRequest id omitted').to.equal(undefined);
    ctx.expect(get.state, 'step 1: GetDisplayMessagesRequest state omitted').to.equal(undefined);
  },
});
