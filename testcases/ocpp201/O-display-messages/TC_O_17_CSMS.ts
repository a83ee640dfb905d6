import { defineTestCase } from '../../kit.js';
import { askedMessage, expectMessage, setDisplayMessage } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 689).
export const TC_O_17_CSMS = defineTestCase({
  id: 'TC_O_17_CSMS',
  title: 'Set Display Message - NotSupportedPriority',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01'],
  catches: ['display-wrong-priority'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest.
    const asked = askedMessage(ctx);
    // 1-2. SetDisplayMessageRequest; the OCTT answers NotSupportedPriority.
    const set = await setDisplayMessage(ctx, 'NotSupportedPriority', asked);
    expectMessage(ctx, set.payload.message, asked);
  },
});
