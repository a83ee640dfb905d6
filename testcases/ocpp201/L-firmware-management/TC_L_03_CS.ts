import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { iso, logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { settleFirmware, type FirmwareEvent, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';

export const TC_L_03_CS = defineTestCase({
  id: 'TC_L_03_CS',
  title: 'Secure Firmware Update - DownloadScheduled',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['L01', 'L01.FR.01', 'L01.FR.04', 'L01.FR.05', 'L01.FR.09', 'L01.FR.10', 'L01.FR.12', 'L01.FR.13', 'L01.FR.15', 'L01.FR.20', 'L01.FR.21', 'L01.FR.23', 'L01.FR.31'],
  catches: ['firmware-download-not-scheduled'],
  async run(ctx) {
    const cleanup = await manufacturerRootTrusted(ctx);
    const seen: FirmwareEvent[] = [];
    let started = false;
    try {
      const offer = await offerFirmware(ctx);
      const requestId = requestIdFor();
      // 1-2. UpdateFirmwareRequest (retrieve at now + <Configured Download Offset Period>, install two hours back), signed: Accepted.
      const res = await updateFirmware(ctx, requestId, {
        location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature, retrieveDateTime: iso(configured(ctx, 'firmwareDownloadOffsetMs')),
      });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      // 3-4. DownloadScheduled; 5-10. Downloading, Downloaded, SignatureVerified; 11-12. connectors (optional);
      // 13-17. RebootBeforeFirmwareInstallation / Installing / RebootBeforeFirmwareActivation / reconnect;
      // 18-23 (any order). Installed and SecurityEventNotification FirmwareUpdated.
      const events = await followFirmware(ctx, {
        requestId,
        required: [
          { status: 'DownloadScheduled', requirement: 'L01.FR.13' },
          { status: 'Downloading', requirement: 'L01.FR.01' },
          { status: 'Downloaded', requirement: 'L01.FR.01' },
          { status: 'SignatureVerified', requirement: 'L01.FR.04' },
          { status: 'Installed', requirement: 'L01.FR.28' },
        ],
        optional: ['Installing', 'InstallRebooting'],
        events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
        waitMs: firmwareWait(ctx),
        record: seen,
      });
      installingReported(ctx, events);
      ctx.log(`firmware update: ${events.map((e) => (e.kind === 'status' ? e.status : e.kind === 'boot' ? `boot(${e.reason})` : `event(${e.type})`)).join(', ')}`);
      logTransfers(ctx, offer);
    } finally {
      if (started) await settleFirmware(ctx, seen);
      await cleanup();
    }
  },
});
