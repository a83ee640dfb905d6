import { defineTestCase } from '../../kit.js';
import { offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';

export const TC_L_18_CS = defineTestCase({
  id: 'TC_L_18_CS',
  title: 'Secure Firmware Update - Missing firmware signing certificate and signature',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.09', 'L01.FR.21'],
  catches: ['firmware-unsigned-accepted'],
  async run(ctx) {
    const offer = await offerFirmware(ctx);
    // 1-2. UpdateFirmwareRequest without signingCertificate and signature: Rejected or InvalidCertificate.
    const res = await updateFirmware(ctx, requestIdFor(), { location: offer.location });
    ctx.expect(res.status, 'UpdateFirmwareResponse status (an unsigned firmware is not a secure update)').to.be.oneOf(['Rejected', 'InvalidCertificate']);
  },
});
