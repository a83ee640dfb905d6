import { defineTestCase } from '../../kit.js';
import { installAfterBothTransactions } from './steps.new-sessions.cs.js';

/**
 * TC_L_14_CS (Part 6 table 308): a station that downloads firmware during a transaction (AQ-7) but cannot install and
 * activate it then (not C-43), with AllowNewSessionsPendingFirmwareUpdate true, lets a second session start on another
 * EVSE while the installation is pending and installs / activates only once both transactions ended (L01.FR.06).
 */
export const TC_L_14_CS = defineTestCase({
  id: 'TC_L_14_CS',
  title: 'Secure Firmware Update - Unable to install and activate firmware with ongoing transaction - AllowNewSessionsPendingFirmwareUpdate is true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-20 and NOT C-43 and AQ-7 and HFS-8 > 1' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.06', 'L01.FR.07', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-pending-new-sessions-refused', 'firmware-waits-for-first-transaction-only'],
  async run(ctx) {
    await installAfterBothTransactions(ctx);
  },
});
