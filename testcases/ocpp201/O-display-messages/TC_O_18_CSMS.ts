import { defineTestCase } from '../../kit.js';
import { configuredDisplay, askedMessage, expectMessage, setDisplayMessage } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 690).
export const TC_O_18_CSMS = defineTestCase({
  id: 'TC_O_18_CSMS',
  title: 'Set Display Message - NotSupportedState',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01'],
  catches: ['display-drops-state'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest with <Configured State>.
    const asked = askedMessage(ctx, { state: configuredDisplay(ctx).state });
    // 1-2. SetDisplayMessageRequest; the OCTT answers NotSupportedState.
    const set = await setDisplayMessage(ctx, 'NotSupportedState', asked);
    expectMessage(ctx, set.payload.message, asked);
  },
});
