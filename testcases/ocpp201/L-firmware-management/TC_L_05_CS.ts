import { defineTestCase } from '../../kit.js';
import { manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';

export const TC_L_05_CS = defineTestCase({
  id: 'TC_L_05_CS',
  title: 'Secure Firmware Update - InvalidCertificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.02', 'L01.FR.10', 'L01.FR.20', 'L01.FR.21', 'L01.FR.22'],
  catches: ['firmware-invalid-certificate-accepted', 'firmware-invalid-certificate-no-event'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const cleanup = await manufacturerRootTrusted(ctx);
    try {
      const offer = await offerFirmware(ctx);
      // <Generated invalid firmware signingCertificate>: a well-formed certificate that does not chain to the
      // station's ManufacturerRootCertificate (the test PKI's certificate of an unknown CA).
      const invalid = (await ctx.pki()).get('unknown-ca-server').certPem;
      const event = sut.expectCall('SecurityEventNotification', {
        requirement: 'L01.FR.02', describe: 'with type InvalidFirmwareSigningCertificate', filter: (p) => p.type === 'InvalidFirmwareSigningCertificate',
      });
      // 1-2. UpdateFirmwareRequest with the invalid signing certificate: InvalidCertificate or RevokedCertificate.
      const res = await updateFirmware(ctx, requestIdFor(), { location: offer.location, signingCertificate: invalid, signature: offer.signature });
      expect(res.status, 'L01.FR.22: UpdateFirmwareResponse status').to.be.oneOf(['InvalidCertificate', 'RevokedCertificate']);
      // 3-4. SecurityEventNotificationRequest type InvalidFirmwareSigningCertificate.
      const sec = await event;
      if (!sec.answered) sec.respond({});
    } finally {
      await cleanup();
    }
  },
});
