import { defineTestCase } from '../../kit.js';
import { secondUpdateWhileDownloading } from './steps.cancel.cs.js';

/**
 * TC_L_10_CS (Part 6 table 304): a second UpdateFirmwareRequest while downloading cancels the first; the station carries out the new one (L01.FR.24).
 * Errata 2025-09 6.2.82 applied: a FirmwareStatusNotification DownloadFailed / InstallationFailed for the canceled requestId <#1> may come before or after step 6.
 */
export const TC_L_10_CS = defineTestCase({
  id: 'TC_L_10_CS',
  title: 'Secure Firmware Update - AcceptedCanceled',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-60' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.10', 'L01.FR.20', 'L01.FR.24'],
  catches: ['firmware-cancel-answered-accepted'],
  async run(ctx) {
    await secondUpdateWhileDownloading(ctx, true);
  },
});
