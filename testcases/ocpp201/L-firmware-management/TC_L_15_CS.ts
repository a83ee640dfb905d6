import { defineTestCase } from '../../kit.js';
import { installAfterTransaction } from './steps.install-pending.cs.js';

/**
 * TC_L_15_CS (Part 6 table 309): a station that downloads firmware during a transaction (AQ-7) but cannot install it
 * then (not C-43) installs once the transaction ended (L01.FR.06) and, AllowNewSessionsPendingFirmwareUpdate false,
 * sets its Available connectors Unavailable meanwhile (L01.FR.07).
 */
export const TC_L_15_CS = defineTestCase({
  id: 'TC_L_15_CS',
  title: 'Secure Firmware Update - Unable to install and activate firmware with ongoing transaction - AllowNewSessionsPendingFirmwareUpdate is false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-43 and AQ-7' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.06', 'L01.FR.07', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-pending-evses-left-available'],
  async run(ctx) {
    await installAfterTransaction(ctx);
  },
});
