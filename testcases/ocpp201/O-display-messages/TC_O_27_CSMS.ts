import { defineTestCase } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { configured } from '../_shared/configured.js';
import { askedMessage, expectMessage, isoIn, setDisplayMessage } from './steps.csms.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 694).
export const TC_O_27_CSMS = defineTestCase({
  id: 'TC_O_27_CSMS',
  title: 'Set Display Message - Specific transaction - Display message at StartTime',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O02'],
  catches: ['display-drops-times', 'display-drops-transaction'],
  async run(ctx) {
    try {
      // Charging State: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const transactionId = chargingSession(ctx).tx?.transactionId;
      // Manual Action: request the CSMS to send a display message for the specific transaction.
      const asked = askedMessage(ctx, { transactionId, startDateTime: isoIn(configured(ctx, 'displayMessageWindowMs')) });
      // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
      const set = await setDisplayMessage(ctx, 'Accepted', asked);
      expectMessage(ctx, set.payload.message, asked);
    } finally {
      await stationIdle(ctx);
    }
  },
});
