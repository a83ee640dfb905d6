import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { unknownMessageId } from './steps.csms.js';

// O05 Clear Display Message (Part 6 Table 679).
export const TC_O_05_CSMS = defineTestCase({
  id: 'TC_O_05_CSMS',
  title: 'Clear Display Message - Unknown Key',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O05'],
  catches: ['display-clear-no-id'],
  async run(ctx) {
    // Manual Action: request the CSMS to clear a display message with an id the station does not know.
    // 1-2. ClearDisplayMessageRequest; the OCTT answers Unknown (tool validations: N/a beyond the message schema).
    await csmsRequest(ctx, 'ClearDisplayMessage', () => ({ status: 'Unknown' as const }), { hint: { id: unknownMessageId() } });
  },
});
