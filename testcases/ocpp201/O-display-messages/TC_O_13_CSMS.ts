import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { askedMessage, expectMessage, isoIn, setDisplayMessage } from './steps.csms.js';

// O01 Set Display Message (Part 6 Table 687).
export const TC_O_13_CSMS = defineTestCase({
  id: 'TC_O_13_CSMS',
  title: 'Set Display Message - Display message at StartTime',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O01', 'O01.FR.05'],
  catches: ['display-drops-times'],
  async run(ctx) {
    // Manual Action: request the CSMS to send a SetDisplayMessageRequest with a StartTime (<Configured startDateTime>).
    const asked = askedMessage(ctx, { startDateTime: isoIn(configured(ctx, 'displayMessageWindowMs')) });
    // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
    const set = await setDisplayMessage(ctx, 'Accepted', asked);
    expectMessage(ctx, set.payload.message, asked);
  },
});
