import { defineTestCase } from '../../kit.js';
import { updateFirmware } from './steps.csms.js';

/** TC_L_05_CSMS (Part 6 table 613): the station reports the firmware signing certificate invalid, and a security event (L01.FR.02). */
export const TC_L_05_CSMS = defineTestCase({
  id: 'TC_L_05_CSMS',
  title: 'Secure Firmware Update - InvalidCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.02', 'A04.FR.03'],
  catches: ['ignores-security-event'],
  async run(ctx) {
    // 1. UpdateFirmwareRequest, 2. the OCTT responds InvalidCertificate.
    await updateFirmware(ctx, { id: 'TC_L_05_CSMS', answer: 'InvalidCertificate' });
    // 3-4. SecurityEventNotification InvalidFirmwareSigningCertificate; the CSMS responds.
    await ctx.sut.call('SecurityEventNotification', { type: 'InvalidFirmwareSigningCertificate', timestamp: ctx.sut.now() }, { requirement: 'A04.FR.03' });
  },
});
