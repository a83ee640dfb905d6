import { defineTestCase } from '../../kit.js';
import { configuredDisplay, askedMessage, expectMessage, setDisplayMessage } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 675).
export const TC_O_01_CSMS = defineTestCase({
  id: 'TC_O_01_CSMS',
  title: 'Set Display Message - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.04'],
  catches: ['display-wrong-priority', 'display-drops-state'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest with <Configured display message state>.
    const asked = askedMessage(ctx, { state: configuredDisplay(ctx).state });
    // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
    const set = await setDisplayMessage(ctx, 'Accepted', asked);
    expectMessage(ctx, set.payload.message, asked);
  },
});
