import { defineTestCase } from '../../kit.js';
import { downloadAfterBothTransactions } from './steps.new-sessions.cs.js';

/**
 * TC_L_12_CS (Part 6 table 306): a station that cannot download and install firmware with an ongoing transaction, with
 * AllowNewSessionsPendingFirmwareUpdate true, lets a second session start on another EVSE while the update is scheduled
 * and downloads only once both transactions ended (L01.FR.06).
 */
export const TC_L_12_CS = defineTestCase({
  id: 'TC_L_12_CS',
  title: 'Secure Firmware Update - Unable to download/install firmware with ongoing transaction - AllowNewSessionsPendingFirmwareUpdate is true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-20 and NOT C-43 and NOT AQ-7 and HFS-8 > 1' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.06', 'L01.FR.07', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-pending-new-sessions-refused', 'firmware-waits-for-first-transaction-only'],
  async run(ctx) {
    await downloadAfterBothTransactions(ctx);
  },
});
