import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { memoryConfigured } from './steps.csms.js';

// O05 Clear Display Message (Part 6 Table 678).
export const TC_O_04_CSMS = defineTestCase({
  id: 'TC_O_04_CSMS',
  title: 'Clear Display Message - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O05'],
  catches: ['display-clear-wrong-id', 'display-clear-no-id'],
  async run(ctx) {
    // Memory State: a display message is configured (set by the CSMS).
    const configured = await memoryConfigured(ctx);
    // Manual Action: request the CSMS to clear it. 1-2. ClearDisplayMessageRequest; the OCTT answers Accepted.
    const clear = await csmsRequest(ctx, 'ClearDisplayMessage', () => ({ status: 'Accepted' as const }));
    ctx.expect(clear.payload.id, 'step 1: ClearDisplayMessageRequest id <Generated Id from set display message>').to.equal(configured.id);
  },
});
