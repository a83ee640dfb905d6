/**
 * F06 TriggerMessage while a transfer runs (TC_F_16_CS: a log upload, TC_F_19_CS: a firmware download): the
 * harness's file server holds the transfer open (FileStore.hold) from before the request until the triggered
 * notification came, so the trigger finds the station still Uploading / Downloading however fast it is. The
 * transfer is released and let finish in the cleanup, ungraded.
 */
import type { CaseContext } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { getLog, logPlace, logRequestId, nextLogStatus, settleLogs, uploadWait } from '../_shared/log-upload.cs.js';
import {
  iso, manufacturerRootTrusted, nextFirmwareEvent, offerFirmware, requestIdFor, settleFirmware, type FirmwareEvent,
} from '../_shared/firmware-update.cs.js';
import { triggerAccepted } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

const TWO_HOURS = 2 * 3600_000;

/** TC_F_16_CS steps 1-8: GetLog, Uploading, TriggerMessage LogStatusNotification, Uploading again (F06.FR.14). */
export async function triggerWhileUploading(ctx: Ctx): Promise<void> {
  const place = await logPlace(ctx);
  const inPlace = (name: string) => name === place.dir || name.startsWith(`${place.dir}/`);
  const hold = place.fileServer.store.hold((direction, name) => direction === 'upload' && inPlace(name), { timeoutMs: uploadWait(ctx) });
  try {
    // 1-2. GetLogRequest logType DiagnosticsLog, remoteLocation <Configured log_location>: Accepted.
    const res = await getLog(ctx, 'DiagnosticsLog', logRequestId(), place);
    ctx.expect(res.status, 'N01.FR.01: GetLogResponse status').to.equal('Accepted');
    // 3-4. LogStatusNotificationRequest Uploading.
    const uploading = await nextLogStatus(ctx, { timeoutMs: uploadWait(ctx), requirement: 'N01.FR.08', describe: '(step 3: Uploading)' });
    ctx.expect(uploading!.status, 'N01.FR.08: step 3 LogStatusNotificationRequest status').to.equal('Uploading');
    // 5-6. TriggerMessageRequest LogStatusNotification: Accepted; 7-8. LogStatusNotificationRequest Uploading (the upload is held open).
    const triggered = later(nextLogStatus(ctx, { timeoutMs: ctx.ics.timeouts.messageMs, requirement: 'F06.FR.10', describe: '(step 7: the triggered one)' }));
    await triggerAccepted(ctx, { requestedMessage: 'LogStatusNotification' });
    ctx.expect((await triggered)!.status, 'F06.FR.14: step 7 LogStatusNotificationRequest status (an upload is ongoing)').to.equal('Uploading');
  } finally {
    hold.release();
    await settleLogs(ctx);
  }
}

/** The next FirmwareStatusNotification (security events and boots of the update answered and recorded on the way). */
async function nextFirmwareStatus(ctx: Ctx, seen: FirmwareEvent[], opts: { timeoutMs: number; requirement: string; describe: string }): Promise<string> {
  const until = Date.now() + opts.timeoutMs;
  for (;;) {
    const e = (await nextFirmwareEvent(ctx, { ...opts, timeoutMs: Math.max(1, until - Date.now()) }))!;
    seen.push(e);
    if (e.kind === 'status') return e.status;
  }
}

/** TC_F_19_CS steps 1-8: UpdateFirmware, Downloading, TriggerMessage FirmwareStatusNotification, Downloading again (L01.FR.26). */
export async function triggerWhileDownloading(ctx: Ctx): Promise<void> {
  const cleanup = await manufacturerRootTrusted(ctx);
  const seen: FirmwareEvent[] = [];
  let started = false;
  try {
    // Errata 2025-09 6.2.59: <Configured invalid firmware signature>, so the update ends at InvalidSignature (steps 9-14,
    // ungraded cleanup: Downloaded, InvalidSignature, SecurityEventNotification InvalidFirmwareSignature) instead of installing.
    const offer = await offerFirmware(ctx, { signature: 'bad' });
    const hold = offer.fileServer.store.hold((direction, name) => direction === 'download' && name === offer.name, { timeoutMs: ctx.ics.timeouts.bootMs });
    try {
      // 1-2. UpdateFirmwareRequest: <Configured firmware_location>, retrieveDateTime two hours ago, installDateTime omitted,
      // <Configured signingCertificate> and <Configured invalid firmware signature>: Accepted.
      const res = await ctx.sut.call('UpdateFirmware', {
        requestId: requestIdFor(),
        firmware: { location: offer.location, retrieveDateTime: iso(-TWO_HOURS), signingCertificate: offer.signingCertificate, signature: offer.signature },
      });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      // 3-4. FirmwareStatusNotificationRequest Downloading.
      const downloading = await nextFirmwareStatus(ctx, seen, { timeoutMs: ctx.ics.timeouts.bootMs, requirement: 'L01.FR.01', describe: '(step 3: Downloading)' });
      ctx.expect(downloading, 'L01.FR.01: step 3 FirmwareStatusNotificationRequest status').to.equal('Downloading');
      // 5-6. TriggerMessageRequest FirmwareStatusNotification: Accepted; 7-8. FirmwareStatusNotificationRequest Downloading (the download is held open).
      const triggered = later(nextFirmwareStatus(ctx, seen, { timeoutMs: ctx.ics.timeouts.messageMs, requirement: 'F06.FR.10', describe: '(step 7: the triggered one)' }));
      await triggerAccepted(ctx, { requestedMessage: 'FirmwareStatusNotification' });
      ctx.expect(await triggered, 'L01.FR.26: step 7 FirmwareStatusNotificationRequest status (the last one sent, a download is ongoing)').to.equal('Downloading');
    } finally {
      hold.release();
    }
  } finally {
    if (started) await settleFirmware(ctx, seen);
    await cleanup();
  }
}
