/**
 * TC_L_06_CS (Part 6): Secure Firmware Update - InvalidSignature. Errata 2025-09 6.2.83 applied: the FirmwareStatusNotification
 * InvalidSignature and the SecurityEventNotification InvalidFirmwareSignature (steps 7-10) may come in either order.
 */
import { defineTestCase } from '../../kit.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { settleFirmware, type FirmwareEvent, firmwareWait, followFirmware } from './steps.flow.cs.js';

export const TC_L_06_CS = defineTestCase({
  id: 'TC_L_06_CS',
  title: 'Secure Firmware Update - InvalidSignature',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.03', 'L01.FR.04', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-bad-signature-installed', 'firmware-invalid-signature-no-event'],
  async run(ctx) {
    const cleanup = await manufacturerRootTrusted(ctx);
    const seen: FirmwareEvent[] = [];
    let started = false;
    try {
      // Configuration State: <Configured invalid firmware signature>, a real signature (the right key, other bytes).
      const offer = await offerFirmware(ctx, { signature: 'bad' });
      const requestId = requestIdFor();
      // 1-2. UpdateFirmwareRequest with the invalid signature: Accepted (the signature is checked after the download).
      const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      // 3-8. Downloading, Downloaded, InvalidSignature; 9-10. SecurityEventNotification InvalidFirmwareSignature.
      await followFirmware(ctx, {
        requestId,
        required: [
          { status: 'Downloading', requirement: 'L01.FR.01' },
          { status: 'Downloaded', requirement: 'L01.FR.01' },
          { status: 'InvalidSignature', requirement: 'L01.FR.04' },
        ],
        events: [{ type: 'InvalidFirmwareSignature', requirement: 'L01.FR.03' }],
        waitMs: firmwareWait(ctx),
        record: seen,
      });
      logTransfers(ctx, offer);
    } finally {
      if (started) await settleFirmware(ctx, seen);
      await cleanup();
    }
  },
});
