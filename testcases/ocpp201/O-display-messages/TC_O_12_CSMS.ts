import { defineTestCase } from '../../kit.js';
import { askedMessage, expectMessage, memoryConfigured, setDisplayMessage } from './steps.csms.js';

// O06 Replace Display Message (Part 6 Table 686).
export const TC_O_12_CSMS = defineTestCase({
  id: 'TC_O_12_CSMS',
  title: 'Set Display Message - Replace DisplayMessage',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O06'],
  catches: ['display-replace-new-id', 'display-wrong-priority'],
  async run(ctx) {
    // Memory State: a display message is configured (set by the CSMS).
    const configured = await memoryConfigured(ctx);
    // Manual Action: request the CSMS to send a display message with the same id as the configured one.
    const asked = askedMessage(ctx, { id: configured.id });
    // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
    const set = await setDisplayMessage(ctx, 'Accepted', asked);
    expectMessage(ctx, set.payload.message, asked);
  },
});
