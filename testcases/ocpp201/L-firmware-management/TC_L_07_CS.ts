import { defineTestCase } from '../../kit.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { settleFirmware, type FirmwareEvent, firmwareWait, followFirmware } from './steps.flow.cs.js';

export const TC_L_07_CS = defineTestCase({
  id: 'TC_L_07_CS',
  title: 'Secure Firmware Update - DownloadFailed',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.10', 'L01.FR.20', 'L01.FR.30'],
  catches: ['firmware-download-failure-silent'],
  async run(ctx) {
    const cleanup = await manufacturerRootTrusted(ctx);
    const seen: FirmwareEvent[] = [];
    let started = false;
    try {
      // <Configured firmware location> + a suffix: a file name that does not exist on the file server.
      const offer = await offerFirmware(ctx, { exists: false });
      const requestId = requestIdFor();
      // 1-2. UpdateFirmwareRequest: Accepted.
      const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      // 3-4. Downloading (optional: the station may see at once that it cannot download); 5-6. DownloadFailed.
      await followFirmware(ctx, {
        requestId,
        required: [{ status: 'DownloadFailed', requirement: 'L01.FR.30' }],
        optional: ['Downloading'],
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
