import { defineTestCase } from '../../kit.js';
import { chargingSession, stationIdle } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { askedMessage, expectMessage, setDisplayMessage } from './steps.csms.js';

// O02 Set Display Message - Specific transaction (Part 6 Table 684).
export const TC_O_10_CSMS = defineTestCase({
  id: 'TC_O_10_CSMS',
  title: 'Set Display Message - Specific transaction - UnknownTransaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['O02'],
  catches: ['display-drops-transaction', 'display-wrong-priority'],
  async run(ctx) {
    try {
      // Charging State: EnergyTransferStarted.
      await energyTransferStarted(ctx);
      const transactionId = chargingSession(ctx).tx?.transactionId;
      // Manual Action: request the CSMS to send a display message for the specific transaction.
      const asked = askedMessage(ctx, { transactionId });
      // 1-2. SetDisplayMessageRequest; the OCTT answers UnknownTransaction.
      const set = await setDisplayMessage(ctx, 'UnknownTransaction', asked);
      expectMessage(ctx, set.payload.message, asked);
    } finally {
      await stationIdle(ctx);
    }
  },
});
