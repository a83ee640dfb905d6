import { defineTestCase } from '../../kit.js';
import { updateDuringTransaction } from './steps.transaction.cs.js';

/**
 * TC_L_13_CS (Part 6 table 307): a station that cannot download and install firmware with an ongoing transaction
 * waits for it to end (L01.FR.06) and, AllowNewSessionsPendingFirmwareUpdate false, sets its Available connectors
 * Unavailable meanwhile (L01.FR.07).
 */
export const TC_L_13_CS = defineTestCase({
  id: 'TC_L_13_CS',
  title: 'Secure Firmware Update - Unable to download/install firmware with ongoing transaction - AllowNewSessionsPendingFirmwareUpdate is false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-43 and NOT AQ-7' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.06', 'L01.FR.07', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-downloads-during-transaction'],
  async run(ctx) {
    await updateDuringTransaction(ctx);
  },
});
