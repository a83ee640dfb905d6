/**
 * TC_L_15_CS and TC_L_16_CS: a firmware update requested while a transaction is ongoing, on a station that downloads
 * meanwhile. One that cannot install then (AQ-7, not C-43) reports InstallScheduled (or Installing), sets its other,
 * Available connectors Unavailable (AllowNewSessionsPendingFirmwareUpdate false, L01.FR.07) and activates only once
 * the transaction ended (L01.FR.06); one that can (C-43) installs and activates with the transaction still ongoing.
 */
import { adviseUnless, type CaseContext } from '../../kit.js';
import { transactionCase, txSession } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evDisconnected, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware } from './steps.cs.js';
import { collectFirmware, settleFirmware, type FirmwareEvent, type FirmwarePlan, firmwareWait, followFirmware, installingReported } from './steps.flow.cs.js';
import { unavailableReported } from './steps.transaction.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** Steps 3-8: Downloading, Downloaded, SignatureVerified, with the transaction ongoing. */
const DOWNLOADED: FirmwarePlan['required'] = [
  { status: 'Downloading', requirement: 'L01.FR.01' }, { status: 'Downloaded', requirement: 'L01.FR.01' }, { status: 'SignatureVerified', requirement: 'L01.FR.01' },
];

/** Before: State EnergyTransferStarted; steps 1-2: UpdateFirmwareRequest (the configured firmware), Accepted. Runs `rest`, then lets a started update finish. */
async function updateWhileCharging(ctx: Ctx, configuration: Parameters<typeof transactionCase>[1], rest: (requestId: number, seen: FirmwareEvent[], othersUnavailable: () => Promise<unknown>) => Promise<void>): Promise<void> {
  await transactionCase(ctx, configuration, async () => {
    await energyTransferStarted(ctx);
    const cleanup = await manufacturerRootTrusted(ctx);
    const seen: FirmwareEvent[] = [];
    let started = false;
    try {
      const offer = await offerFirmware(ctx);
      const requestId = requestIdFor();
      const others = ctx.ics.evses.map((e) => e.id).filter((id) => id !== txSession(ctx).evseId);
      // (TC_L_15 step 11 may come as soon as the update waits: watched from the start.)
      const unavailable = configuration.configuration?.length ? Promise.all(others.map((id) => unavailableReported(ctx, id))) : Promise.resolve([]);
      unavailable.catch(() => undefined); // awaited by the step that needs it
      const res = await updateFirmware(ctx, requestId, { location: offer.location, signingCertificate: offer.signingCertificate, signature: offer.signature });
      started = res.status === 'Accepted' || res.status === 'AcceptedCanceled';
      ctx.expect(res.status, 'L01.FR.21: UpdateFirmwareResponse status').to.equal('Accepted');
      await rest(requestId, seen, () => unavailable);
      logTransfers(ctx, offer);
    } finally {
      if (started) await settleFirmware(ctx, seen);
      await cleanup();
    }
  });
}

/** TC_L_15_CS: AllowNewSessionsPendingFirmwareUpdate false; downloaded during the transaction, installed after it. */
export async function installAfterTransaction(ctx: Ctx): Promise<void> {
  // Configuration State: AllowNewSessionsPendingFirmwareUpdate false (the prerequisite says it is implemented: a refusal is INCONCLUSIVE naming it).
  const configuration = [{ component: 'ChargingStation', variable: 'AllowNewSessionsPendingFirmwareUpdate', value: 'false' }];
  await updateWhileCharging(ctx, { configuration }, async (requestId, seen, othersUnavailable) => {
    const waitMs = firmwareWait(ctx);
    // 3-10. Downloading, Downloaded, SignatureVerified, then InstallScheduled or Installing: nothing else while the transaction runs.
    const scheduled = [...DOWNLOADED, { status: ['InstallScheduled', 'Installing'], requirement: 'L01.FR.06' }];
    await followFirmware(ctx, { requestId, waitMs, record: seen, required: scheduled });
    // 11-12. The other Available connectors Unavailable (StatusNotification or NotifyEvent AvailabilityState).
    await othersUnavailable();
    // 13. Reusable State ParkingBayUnoccupied: the transaction ends (the connector may stay Unavailable, L01.FR.07);
    // 14-26. connectors, reboots, Installing (unless reported at step 9 or by a reboot), Installed, FirmwareUpdated.
    const plan: FirmwarePlan = {
      requestId, waitMs, record: seen,
      required: [...scheduled, { status: 'Installed', requirement: 'L01.FR.28' }],
      optional: ['Installing', 'InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
    };
    const ending = (async () => {
      await evDisconnected(ctx, { scheduledUnavailable: true });
      await parkingBayUnoccupied(ctx);
    })();
    await Promise.all([ending, collectFirmware(ctx, plan, ending)]);
    installingReported(ctx, await followFirmware(ctx, plan));
  });
}

/** TC_L_16_CS: a station able to update with an ongoing transaction (C-43): the whole update while charging. */
export async function updateDuringCharging(ctx: Ctx): Promise<void> {
  await updateWhileCharging(ctx, {}, async (requestId, seen) => {
    // 11. "The OCTT waits for the Charging Station to reconnect" (not a tool validation: its absence is an advisory).
    let reconnected = false;
    void ctx.sut.expectDisconnect(ctx.ics.timeouts.bootMs * 3).then(() => { reconnected = true; }, () => undefined);
    // 3-10. Downloading, Downloaded, SignatureVerified, Installing; 11. the station reconnects (its BootNotification, if it
    // rebooted, answered Accepted); 12-15. Installed, FirmwareUpdated.
    await followFirmware(ctx, {
      requestId, waitMs: firmwareWait(ctx), record: seen,
      required: [...DOWNLOADED, { status: 'Installing', requirement: 'L01.FR.01' }, { status: 'Installed', requirement: 'L01.FR.28' }],
      optional: ['InstallRebooting'],
      events: [{ type: 'FirmwareUpdated', requirement: 'L01.FR.31' }],
    });
    adviseUnless(ctx, reconnected, 'the station did not reconnect between SignatureVerified and Installed (Part 6 step 11: it reconnects to reestablish the protocol version handshake)', 'L01.FR.01');
  });
}
