/**
 * TC_C_54/55_CS (C07 offline, charging station under test): the OCTT closes the connection and refuses reconnects; the
 * EV arrives, connects and presents its contract certificate (evPlugAndCharge); after <Configured Transaction Duration>
 * the OCTT lets the station back and reads what it queued. ContractValidationOffline true: the station validates the
 * contract locally and authorizes it (C07.FR.08-12); false: it shall not allow charging (C07.FR.07).
 */
import {
  CaseFailure, CaseInconclusive, type CaseContext, type Payload,
} from '../../kit.js';
import { configuredMs, connectorStatus, transactionCase, transactionEvent, txInfo, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { implementsAuthCache, implementsLocalAuthList, idTokenLocalAuthList, localListEmptied } from '../_shared/states.cs.js';
import {
  energyTransferStarted, evConnectedPreSession, evDisconnected, parkingBayOccupied, parkingBayUnoccupied, stopAuthorized,
} from '../_shared/transaction-states.cs.js';
import { driveIn, goOffline, goOnline, offlineConfiguration } from './steps.local-list.js';
import { iso15118Ctrlr, notAuthorized, pncAuthorize, withContract, type PncContract } from './steps.iso15118.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/**
 * Configuration State: AuthCtrlr.Enabled (If implemented), OfflineTxForUnknownIdEnabled true (If implemented),
 * OfflineThreshold, RetryBackOffWaitMinimum, RetryBackOffRandomRange 0; ContractValidationOffline `validation`, PnCEnabled true.
 */
export function offlinePncConfiguration(ctx: Ctx, validation: boolean): Array<VariableSetting & { optional?: boolean }> {
  const reconnect = offlineConfiguration(ctx, true).filter((v) => v.component === 'OCPPCommCtrlr');
  return [
    { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
    { component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true },
    ...reconnect, iso15118Ctrlr('ContractValidationOffline', validation), iso15118Ctrlr('PnCEnabled', true),
  ];
}

/**
 * Memory State IdTokenCached15118 (errata 2025-09 6.2.120), for the EV's eMAID: ParkingBayOccupied, EVConnectedPreSession,
 * Authorized15118, EnergyTransferStarted, StopAuthorized (remote), EVDisconnected, ParkingBayUnoccupied. Never graded:
 * a station that cannot be brought there leaves the case INCONCLUSIVE.
 */
async function idTokenCached15118(ctx: Ctx, s: TxSession, pnc: PncContract): Promise<void> {
  await ctx.sut.callRaw('ClearCache', {});
  try {
    await parkingBayOccupied(ctx);
    await evConnectedPreSession(ctx);
    await pncAuthorize(ctx, s, pnc, { central: false, answer: { status: 'Accepted', certificateStatus: 'Accepted' } });
    await energyTransferStarted(ctx);
    await stopAuthorized(ctx, { mode: 'remote' });
    await evDisconnected(ctx);
    await parkingBayUnoccupied(ctx);
  } catch (err) {
    if (err instanceof CaseFailure) throw new CaseInconclusive(`Memory State IdTokenCached15118 could not be established: ${err.message}`);
    throw err;
  }
  Object.assign(s, { state: 'Idle', authorized: false, idToken: undefined, transactionId: undefined, ended: false, evseReported: false });
}

/** The TransactionEvents the station queued, answered in turn (Accepted for an idToken), until `last`; each must be offline. */
async function queuedUntil(ctx: Ctx, requirement: string, last: (p: Payload) => boolean): Promise<Payload[]> {
  const out: Payload[] = [];
  for (;;) {
    const p = await transactionEvent(ctx, { describe: `(from the queue, ${out.length + 1})`, requirement, periodic: true });
    out.push(p);
    if (last(p)) return out;
  }
}

/** Is step 5 (the queued CablePluggedIn TransactionEvent) due: TxStartPoint EVConnected or ParkingBayOccupancy. */
const pluggedEventDue = (s: TxSession): boolean => s.startPoints.includes('EVConnected') || s.startPoints.includes('ParkingBayOccupancy');

/** Tool validations of step 5: triggerReason CablePluggedIn, chargingState EVConnected, offline true. */
function checkPlugged(ctx: Ctx, queued: Payload[]): void {
  const { expect } = ctx;
  const p = queued.find((q) => q.triggerReason === 'CablePluggedIn');
  expect(p, 'E02.FR.01: a queued TransactionEventRequest triggerReason CablePluggedIn (step 5)').to.not.equal(undefined);
  expect(txInfo(p ?? {}).chargingState, 'E02.FR.13: TransactionEventRequest (step 5) transactionInfo.chargingState').to.equal('EVConnected');
  expect(p?.offline, 'E04.FR.01: TransactionEventRequest (step 5) offline').to.equal(true);
}

/**
 * Before: the Configuration State; Memory State: V2G and MO roots, IdTokenCached15118 (If implemented: C-49),
 * IdTokenLocalAuthList (If implemented) for the eMAID. 1. offline; Manual Actions: drive in, connect the EV (it
 * presents its contract); the wait; 2. online; 3-4. connector Occupied; 5-6. CablePluggedIn (when due), offline.
 * `validation` true: 7-8. Authorized, offline, answered Accepted; 9. EnergyTransferStarted. False: no Authorized / Charging.
 */
export async function offlineCase(ctx: Ctx, validation: boolean): Promise<void> {
  const { operator } = ctx;
  await transactionCase(ctx, { configuration: offlinePncConfiguration(ctx, validation) }, async (s) => {
    await withContract(ctx, { install: ['V2GRootCertificate', 'MORootCertificate'] }, async (pnc) => {
      const listed = implementsLocalAuthList(ctx);
      try {
        if (implementsAuthCache(ctx)) await idTokenCached15118(ctx, s, pnc);
        if (listed) await idTokenLocalAuthList(ctx, pnc.token);
        // 1. The OCTT closes the connection and does not accept a reconnect.
        await goOffline(ctx);
        // Manual Actions: Drive EV into parking bay; Connect the EV and EVSE (the EV then presents its contract certificate).
        await driveIn(ctx);
        Object.assign(s, { evConnected: true, evseReported: false, cableInSocket: false });
        await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
        await operator.do('evPlugAndCharge', { evseId: s.evseId, contractChain: pnc.contract.chainPem });
        await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
        // 2. The OCTT accepts the reconnection; 3-4. the connector's status change (Occupied).
        const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
        const since = Date.now();
        const queue = validation
          ? queuedUntil(ctx, 'C07.FR.08 (Part 6 step 7: TransactionEventRequest Authorized while offline)', (p) => p.triggerReason === 'Authorized')
          : pluggedEventDue(s) ? queuedUntil(ctx, 'E02.FR.01', (p) => p.triggerReason === 'CablePluggedIn') : Promise.resolve([]);
        queue.catch(() => undefined);
        await goOnline(ctx);
        await occupied;
        const queued = await queue;
        if (pluggedEventDue(s)) checkPlugged(ctx, queued);
        if (validation) {
          // Tool validations of step 7: triggerReason Authorized, offline true (answered Accepted at 8).
          const authorized = queued[queued.length - 1] as Payload;
          ctx.expect(authorized.offline, 'E04.FR.01: TransactionEventRequest (step 7, Authorized) offline').to.equal(true);
          Object.assign(s, { authorized: true, idToken: pnc.token, state: 'Authorized' });
          // 9. Reusable State EnergyTransferStarted.
          await energyTransferStarted(ctx);
        } else {
          // 7 / post scenario validation: the EV is not authorized and does not charge.
          await notAuthorized(ctx, since, 'C07.FR.07');
        }
      } finally {
        if (listed) await localListEmptied(ctx);
      }
    });
  });
}
