/**
 * TC_L_13_CS: a firmware update requested while a transaction is ongoing, on a station that cannot download and
 * install then (not C-43), with AllowNewSessionsPendingFirmwareUpdate false: it waits for the transaction to end
 * (L01.FR.06) and sets its other, Available connectors Unavailable meanwhile (L01.FR.07).
 */
import type { CaseContext, Payload, ReceivedCall } from '../../kit.js';
import { transactionCase, txSession } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evDisconnected, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { collectFirmware, settleFirmware, type FirmwareEvent, type FirmwarePlan, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** TC_L_13 step 5, TC_L_15 step 11 (L01.FR.07): EVSE `evseId` reported Unavailable, by StatusNotification or NotifyEvent AvailabilityState. */
export function unavailableReported(ctx: Ctx, evseId: number): Promise<ReceivedCall> {
  const isIt = (p: Payload) => {
    if (p.evseId === evseId) return p.connectorStatus === 'Unavailable';
    const ev = (p.eventData as Array<{ actualValue?: string; trigger?: string; component?: { name?: string; evse?: { id?: number } }; variable?: { name?: string } }> | undefined)?.[0];
    return ev?.component?.name === 'Connector' && ev.component.evse?.id === evseId && ev.variable?.name === 'AvailabilityState'
      && ev.actualValue === 'Unavailable' && ev.trigger === 'Delta';
  };
  return ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], { filter: isIt, requirement: 'L01.FR.07', describe: `(EVSE ${evseId} Unavailable while the update waits)` });
}

export async function updateDuringTransaction(ctx: Ctx): Promise<void> {
  // Configuration State: AllowNewSessionsPendingFirmwareUpdate false (the prerequisite says it is implemented: a refusal is INCONCLUSIVE naming it).
  await transactionCase(ctx, { configuration: [{ component: 'ChargingStation', variable: 'AllowNewSessionsPendingFirmwareUpdate', value: 'false' }] }, async () => {
    // Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const cleanup = await manufacturerRootTrusted(ctx);
    const seen: FirmwareEvent[] = [];
    let started = false;
    try {
      const offer = await offerFirmware(ctx);
      const requestId = requestIdFor();
      const others = ctx.ics.evses.map((e) => e.id).filter((id) => id !== txSession(ctx).evseId);
      const unavailable = others.map((id) => unavailableReported(ctx, id));
      // 1-2. UpdateFirmwareRequest: Accepted.
      const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      // 3-4. DownloadScheduled (optional: the station may wait without reporting it); no download while the transaction runs.
      const first = await ctx.sut.expectCall('FirmwareStatusNotification', { timeoutMs: ctx.ics.timeouts.messageMs * 3, optional: true, describe: '(DownloadScheduled, optional)' })
        .catch(() => undefined);
      if (first) {
        if (!first.answered) first.respond({});
        seen.push({ kind: 'status', status: String(first.payload.status), requestId: first.payload.requestId, t: first.t });
        if (first.payload.status !== 'DownloadScheduled') ctx.fail(`the station reported ${String(first.payload.status)} while the transaction is ongoing; expected DownloadScheduled or nothing until it ends`, 'L01.FR.06');
      }
      // 5-6. Its other Available connectors Unavailable.
      await Promise.all(unavailable);
      // 8-13. Downloading, Downloaded, SignatureVerified; 14-26. connectors, Installing or reboots, Installed, FirmwareUpdated.
      const plan: FirmwarePlan = {
        requestId, waitMs: firmwareWait(ctx), record: seen,
        required: [
          { status: 'Downloading', requirement: 'L01.FR.06' }, { status: 'Downloaded', requirement: 'L01.FR.01' },
          { status: 'SignatureVerified', requirement: 'L01.FR.01' }, { status: 'Installed', requirement: 'L01.FR.28' },
        ],
        optional: ['DownloadScheduled', 'Installing', 'InstallRebooting'],
        events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
      };
      // 7. Reusable State ParkingBayUnoccupied: the transaction ends (the connector may stay Unavailable, L01.FR.07);
      // the update may start meanwhile, its messages are taken as they come.
      const endingAt = Date.now();
      const ending = (async () => {
        await evDisconnected(ctx, { scheduledUnavailable: true });
        await parkingBayUnoccupied(ctx);
      })();
      await Promise.all([ending, collectFirmware(ctx, plan, ending)]);
      const events = await followFirmware(ctx, plan);
      const early = events.find((e) => e.kind === 'status' && e.status === 'Downloading' && e.t < endingAt);
      if (early) ctx.fail('the station reported Downloading while the transaction was still ongoing', 'L01.FR.06');
      installingReported(ctx, events);
      logTransfers(ctx, offer);
    } finally {
      if (started) await settleFirmware(ctx, seen);
      await cleanup();
    }
  });
}
