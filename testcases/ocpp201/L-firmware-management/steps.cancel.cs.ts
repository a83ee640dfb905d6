/**
 * A second UpdateFirmwareRequest while the first update is downloading (TC_L_10_CS, TC_L_11_CS): a station that
 * can cancel answers AcceptedCanceled and carries out the new update (L01.FR.24); one that cannot answers
 * Rejected and finishes the first (L01.FR.27). Both offer the same signed test firmware ("<Configured
 * firmware_location>" in both requests); the update is let finish and the root removed after.
 */
import type { CaseContext } from '../../kit.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { settleFirmware, type FirmwareEvent, type FirmwarePlan, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** What follows the signature check to the end: Installing (or a reboot first), Installed, FirmwareUpdated. */
const TO_INSTALLED: Pick<FirmwarePlan, 'optional' | 'events'> = {
  optional: ['Installing', 'InstallRebooting'],
  events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
};

export async function secondUpdateWhileDownloading(ctx: Ctx, canCancel: boolean): Promise<void> {
  const cleanup = await manufacturerRootTrusted(ctx);
  let seen: FirmwareEvent[] = [];
  let started = false;
  try {
    const offer = await offerFirmware(ctx);
    const firmware = { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature };
    const first = requestIdFor();
    // 1-2. UpdateFirmwareRequest: Accepted; 3-4. Downloading.
    const res = await updateFirmware(ctx, first, firmware);
    started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
    ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
    await followFirmware(ctx, { requestId: first, required: [{ status: 'Downloading', requirement: 'L01.FR.01' }], waitMs: firmwareWait(ctx), record: seen });
    // 5-6. A second UpdateFirmwareRequest while downloading.
    const second = first + 1;
    const again = await updateFirmware(ctx, second, firmware);
    const since = Date.now();
    if (canCancel) {
      if (again.status === 'AcceptedCanceled' || again.status === 'Accepted') seen = [];
      ctx.expect(again.status, 'L01.FR.24: UpdateFirmwareResponse status to an update during an ongoing one').to.equal('AcceptedCanceled');
      // 7-12. The new update (requestId of the second request from here on): Downloading, Downloaded, SignatureVerified;
      // 13-25. connectors, Installing or reboots, Installed, FirmwareUpdated.
      const events = await followFirmware(ctx, {
        ...TO_INSTALLED, requestId: second, waitMs: firmwareWait(ctx), record: seen,
        required: [
          { status: 'Downloading', requirement: 'L01.FR.24' }, { status: 'Downloaded', requirement: 'L01.FR.01' },
          { status: 'SignatureVerified', requirement: 'L01.FR.01' }, { status: 'Installed', requirement: 'L01.FR.28' },
        ],
        replaced: { requestId: first, since, requirement: 'L01.FR.24' },
      });
      installingReported(ctx, events);
    } else {
      ctx.expect(again.status, 'L01.FR.27: UpdateFirmwareResponse status to an update the station cannot cancel').to.equal('Rejected');
      // 7-10. The first update goes on: Downloaded, SignatureVerified; 11-23. connectors, Installing or reboots, Installed, FirmwareUpdated.
      const events = await followFirmware(ctx, {
        ...TO_INSTALLED, requestId: first, waitMs: firmwareWait(ctx), record: seen,
        required: [
          { status: 'Downloaded', requirement: 'L01.FR.01' }, { status: 'SignatureVerified', requirement: 'L01.FR.01' },
          { status: 'Installed', requirement: 'L01.FR.28' },
        ],
      });
      installingReported(ctx, events);
    }
    logTransfers(ctx, offer);
  } finally {
    if (started) await settleFirmware(ctx, seen);
    await cleanup();
  }
}
