/**
 * TC_L_12_CS and TC_L_14_CS: a firmware update requested while a transaction is ongoing, on a station that cannot update
 * then (not C-43), with AllowNewSessionsPendingFirmwareUpdate true. A second session starts on another EVSE while the
 * update waits (the free EVSEs stay Available: the variable's definition, the converse of L01.FR.07), and the station
 * downloads (not AQ-7, TC_L_12) or installs and activates (AQ-7, TC_L_14) only once BOTH transactions ended (L01.FR.06).
 */
import { CaseFailure, type CaseContext } from '../../kit.js';
import { onSession, secondSession, transactionCase, txSession, type TxSession } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evDisconnected, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { collectFirmware, settleFirmware, type FirmwareEvent, type FirmwarePlan, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** Configuration State: AllowNewSessionsPendingFirmwareUpdate true (Part 5 C-20 says it is implemented: a refusal is INCONCLUSIVE naming it). */
const ALLOW_NEW_SESSIONS = [{ component: 'ChargingStation', variable: 'AllowNewSessionsPendingFirmwareUpdate', value: 'true' }];

/** Part 6 TC_L_14_CS step 11a: "wait a while (30-60 s)" when the station reported Installing at step 9. */
const INSTALL_TIME_MS = 30_000;

/** Did the station report EVSE `evseId` Unavailable in this case (StatusNotification, or NotifyEvent AvailabilityState)? */
function reportedUnavailable(ctx: Ctx, evseId: number): boolean {
  type Datum = { actualValue?: string; component?: { name?: string; evse?: { id?: number } }; variable?: { name?: string } };
  return ctx.sut.receivedPayloads('StatusNotification').some((p) => p.evseId === evseId && p.connectorStatus === 'Unavailable')
    || ctx.sut.receivedPayloads('NotifyEvent').some((p) => ((p.eventData ?? []) as Datum[]).some((d) => d.component?.name === 'Connector'
      && d.component.evse?.id === evseId && d.variable?.name === 'AvailabilityState' && d.actualValue === 'Unavailable'));
}

/** TC_L_12 step 5 / TC_L_14 step 11: Reusable State EnergyTransferStarted for the second connector, the update pending. */
async function secondTransaction(ctx: Ctx, second: TxSession): Promise<void> {
  try {
    await onSession(ctx, second, () => energyTransferStarted(ctx));
  } catch (err) {
    // The state's own validation failed; name why when the station had set the EVSE Unavailable for the update.
    if (err instanceof CaseFailure && reportedUnavailable(ctx, second.evseId)) {
      ctx.fail(`the second session could not start: the station set EVSE ${second.evseId} Unavailable while the firmware update waits, `
        + `although AllowNewSessionsPendingFirmwareUpdate is true (${err.message})`, 'L01.FR.07');
    }
    throw err;
  }
}

/** Reusable State ParkingBayUnoccupied for the session `s` (its transaction ends). */
async function endSession(ctx: Ctx, s: TxSession): Promise<void> {
  await onSession(ctx, s, async () => {
    await evDisconnected(ctx);
    await parkingBayUnoccupied(ctx);
  });
}

/** Fails when the station reported one of `statuses` before the second transaction ended (L01.FR.06). */
function notBefore(ctx: Ctx, events: readonly FirmwareEvent[], statuses: readonly string[], second: TxSession, what: string): void {
  const endedAt = second.endedAt ?? Number.POSITIVE_INFINITY;
  const early = events.find((e) => e.kind === 'status' && statuses.includes(e.status) && e.t < endedAt);
  if (early && early.kind === 'status') ctx.fail(`the station reported ${early.status} while the second transaction was still ongoing: ${what}`, 'L01.FR.06');
}

/**
 * The two transactions end one after the other (TC_L_12 steps 6-7, TC_L_14 steps 12-13) while the update's messages are
 * taken as they come. Both run to their end before a failure of either is reported (nothing left running into the
 * cleanup); an update step taken while the second transaction still ran (`early`) is named first.
 */
async function endBoth(ctx: Ctx, first: TxSession, second: TxSession, plan: FirmwarePlan, early: readonly string[], what: string): Promise<void> {
  const ending = (async () => {
    await endSession(ctx, first);
    await endSession(ctx, second);
  })();
  const outcomes = await Promise.allSettled([ending, collectFirmware(ctx, plan, ending)]);
  notBefore(ctx, plan.record ?? [], early, second, what);
  for (const o of outcomes) if (o.status === 'rejected') throw o.reason;
}

/**
 * The frame of both cases: the manufacturer root trusted, AllowNewSessionsPendingFirmwareUpdate true, State
 * EnergyTransferStarted; steps 1-2 UpdateFirmwareRequest (the configured firmware), Accepted; `rest` runs the case's
 * steps. Afterwards (ungraded) both transactions end, the configuration is restored, and a started update finishes.
 */
async function updateWithNewSessions(ctx: Ctx, rest: (requestId: number, seen: FirmwareEvent[], second: TxSession) => Promise<void>): Promise<void> {
  const cleanup = await manufacturerRootTrusted(ctx);
  const seen: FirmwareEvent[] = [];
  let started = false;
  try {
    await transactionCase(ctx, { configuration: ALLOW_NEW_SESSIONS }, async () => {
      // Reusable State EnergyTransferStarted for <Configured connectorId> (TC_L_14: EVSE 1, connector 1: the ICS's first).
      await energyTransferStarted(ctx);
      // <Configured second Connector>: the ICS's next EVSE (HFS-8 > 1).
      const evseId = ctx.ics.evses.map((e) => e.id).find((id) => id !== txSession(ctx).evseId);
      if (evseId === undefined) throw new Error('TC_L_12/14_CS need a second EVSE (Part 5 HFS-8 > 1), the plan let the case run with one');
      const second = secondSession(ctx, evseId);
      const offer = await offerFirmware(ctx);
      const requestId = requestIdFor();
      // 1-2. UpdateFirmwareRequest: Accepted.
      const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      await rest(requestId, seen, second);
      logTransfers(ctx, offer);
    });
  } finally {
    // After the transactions ended (transactionCase's cleanup): the update they held runs to its end.
    if (started) await settleFirmware(ctx, seen);
    await cleanup();
  }
}

/** TC_L_12_CS: not AQ-7: the download waits for both transactions. */
export async function downloadAfterBothTransactions(ctx: Ctx): Promise<void> {
  await updateWithNewSessions(ctx, async (requestId, seen, second) => {
    const waitMs = firmwareWait(ctx);
    // 3-4. DownloadScheduled: the download waits for the transaction.
    await followFirmware(ctx, { requestId, waitMs, record: seen, required: [{ status: 'DownloadScheduled', requirement: 'L01.FR.06' }] });
    // 5. A second session starts (allowed while the update is scheduled).
    await secondTransaction(ctx, second);
    // 6-7. Both transactions end; 8-13. Downloading, Downloaded, SignatureVerified; 14-26. connectors, Installing or
    // reboots, Installed, FirmwareUpdated.
    const plan: FirmwarePlan = {
      requestId, waitMs, record: seen,
      required: [
        { status: 'DownloadScheduled', requirement: 'L01.FR.06' }, { status: 'Downloading', requirement: 'L01.FR.06' },
        { status: 'Downloaded', requirement: 'L01.FR.01' }, { status: 'SignatureVerified', requirement: 'L01.FR.01' },
        { status: 'Installed', requirement: 'L01.FR.28' },
      ],
      optional: ['Installing', 'InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
    };
    const why = 'the download starts only once all transactions ended';
    await endBoth(ctx, txSession(ctx), second, plan, ['Downloading'], why);
    const events = await followFirmware(ctx, plan);
    notBefore(ctx, events, ['Downloading'], second, why);
    installingReported(ctx, events);
  });
}

/** TC_L_14_CS: AQ-7: downloaded during the transaction, installed (or at least activated) once both ended. */
export async function installAfterBothTransactions(ctx: Ctx): Promise<void> {
  await updateWithNewSessions(ctx, async (requestId, seen, second) => {
    const waitMs = firmwareWait(ctx);
    // 3-10. Downloading, Downloaded, SignatureVerified, then InstallScheduled or Installing.
    const scheduled: FirmwarePlan['required'] = [
      { status: 'Downloading', requirement: 'L01.FR.01' }, { status: 'Downloaded', requirement: 'L01.FR.01' },
      { status: 'SignatureVerified', requirement: 'L01.FR.01' }, { status: ['InstallScheduled', 'Installing'], requirement: 'L01.FR.06' },
    ];
    await followFirmware(ctx, { requestId, waitMs, record: seen, required: scheduled });
    const installingAt9 = seen.some((e) => e.kind === 'status' && e.status === 'Installing');
    // 11. A second session starts (allowed while the update is pending); 11a. time to install, when it is installing.
    await secondTransaction(ctx, second);
    if (installingAt9) await ctx.specifiedWait(INSTALL_TIME_MS, 'Part 6 TC_L_14_CS step 11a (the station installs)');
    // 12-13. Both transactions end; 14-26. connectors, reboots, Installing (unless at step 9 or by a reboot), Installed, FirmwareUpdated.
    const plan: FirmwarePlan = {
      requestId, waitMs, record: seen,
      required: [...scheduled, { status: 'Installed', requirement: 'L01.FR.28' }],
      optional: ['Installing', 'InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
    };
    // Installing after InstallScheduled, and the activation (a reboot or Installed) in any case, wait for both transactions.
    const early = [...(installingAt9 ? [] : ['Installing']), 'InstallRebooting', 'Installed'];
    const why = 'installing and activating wait until all transactions ended';
    await endBoth(ctx, txSession(ctx), second, plan, early, why);
    const events = await followFirmware(ctx, plan);
    notBefore(ctx, events, early, second, why);
    installingReported(ctx, events);
  });
}
