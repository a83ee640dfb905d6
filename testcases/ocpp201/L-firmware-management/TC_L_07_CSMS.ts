import { defineTestCase } from '../../kit.js';
import { firmwareStatuses, updateFirmware } from './steps.csms.js';

/** TC_L_07_CSMS (Part 6 table 615): the station reports the download failed (L01.FR.01). */
export const TC_L_07_CSMS = defineTestCase({
  id: 'TC_L_07_CSMS',
  title: 'Secure Firmware Update - DownloadFailed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.11'],
  catches: ['firmware-status-unhandled'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_07_CSMS', answer: 'Accepted' });
    // 3-6. Downloading, DownloadFailed.
    await firmwareStatuses(ctx, call.payload.requestId, ['Downloading', 'DownloadFailed']);
  },
});
