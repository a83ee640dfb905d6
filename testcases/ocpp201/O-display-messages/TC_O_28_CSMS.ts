import { defineTestCase } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { configured } from '../_shared/configured.js';
import { configuredDisplay, askedMessage, expectMessage, isoIn, setDisplayMessage } from './steps.csms.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 695).
export const TC_O_28_CSMS = defineTestCase({
  id: 'TC_O_28_CSMS',
  title: 'Set Display Message - Specific transaction - Remove message after EndTime',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O02'],
  catches: ['display-drops-times', 'display-drops-transaction', 'display-drops-state'],
  async run(ctx) {
    try {
      // Charging State: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const transactionId = chargingSession(ctx).tx?.transactionId;
      // Manual Action: request the CSMS to send a display message for the specific transaction.
      const asked = askedMessage(ctx, { transactionId, endDateTime: isoIn(configured(ctx, 'displayMessageWindowMs')), state: configuredDisplay(ctx).state });
      // 1-2. SetDisplayMessageRequest; the OCTT answers Accepted.
      const set = await setDisplayMessage(ctx, 'Accepted', asked);
      expectMessage(ctx, set.payload.message, asked);
    } finally {
      await stationIdle(ctx);
    }
  },
});
