import { defineTestCase } from '../../kit.js';
import { firmwareStatuses, updateFirmware } from './steps.csms.js';

/** TC_L_06_CSMS (Part 6 table 614): the station reports the firmware signature invalid, and a security event (L01.FR.03). */
export const TC_L_06_CSMS = defineTestCase({
  id: 'TC_L_06_CSMS',
  title: 'Secure Firmware Update - InvalidSignature',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.03', 'L01.FR.11', 'A04.FR.03'],
  catches: ['firmware-status-unhandled', 'ignores-security-event'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. Accepted.
    const call = await updateFirmware(ctx, { id: 'TC_L_06_CSMS', answer: 'Accepted' });
    // 3-8. Downloading, Downloaded, InvalidSignature.
    await firmwareStatuses(ctx, call.payload.requestId, ['Downloading', 'Downloaded', 'InvalidSignature']);
    // 9-10. SecurityEventNotification InvalidFirmwareSignature; the CSMS responds.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidFirmwareSignature', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});
