/**
 * A signed update the station is to install, as TC_L_01/02/03/08_CS run it: the test firmware offered (and its
 * manufacturer root trusted), UpdateFirmwareRequest with the case's schedule answered Accepted, then the
 * statuses, reboots and security events of the case's plan (TC_L_08: an image whose installation fails). The
 * update is let finish and the root removed after.
 */
import type { CaseContext } from '../../kit.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware, type FirmwareRequest } from './steps.cs.js';
import { settleFirmware, type FirmwareEvent, type FirmwarePlan, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export async function installSignedFirmware(ctx: Ctx, schedule: Partial<Pick<FirmwareRequest['firmware'], 'retrieveDateTime' | 'installDateTime'>>,
  plan: Pick<FirmwarePlan, 'required' | 'optional' | 'events' | 'scheduled'>, opts: { installable?: boolean; final?: readonly string[] } = {}): Promise<void> {
  const cleanup = await manufacturerRootTrusted(ctx);
  const seen: FirmwareEvent[] = [];
  let started = false;
  try {
    const offer = await offerFirmware(ctx, { installable: opts.installable ?? true });
    const requestId = requestIdFor();
    // 1-2. UpdateFirmwareRequest, signed: Accepted.
    const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature, ...schedule });
    started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
    ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
    const events = await followFirmware(ctx, { ...plan, requestId, waitMs: firmwareWait(ctx), record: seen });
    installingReported(ctx, events, opts.final);
    ctx.log(`firmware update: ${events.map((e) => (e.kind === 'status' ? e.status : e.kind === 'boot' ? `boot(${e.reason})` : `event(${e.type})`)).join(', ')}`);
    logTransfers(ctx, offer);
  } finally {
    if (started) await settleFirmware(ctx, seen);
    await cleanup();
  }
}
