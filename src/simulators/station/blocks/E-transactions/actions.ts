/**
 * E Transactions, the operator's side: what a person does at the station (plug in, present a
 * token, suspend, break the cable lock...), handed to the transaction engine of the station's version.
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import { unavailable, type ActionTable } from '../../actions.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';
import { causeFault, clearFault } from './hardware.js';
import type { TransactionEngine } from './transactions.js';

export function transactionActions(ctx: StationContext, tx: TransactionEngine): ActionTable {
  const pick = (evseId: number | undefined, want: (e: EvseState) => boolean): EvseState | undefined =>
    (evseId !== undefined ? ctx.evses.get(evseId) : ctx.evses.list.find(want));
  const missing = (evseId: number | undefined, what: string): OperatorResult =>
    (evseId !== undefined ? unavailable(`no EVSE ${evseId}`) : { status: 'skipped', reason: `no EVSE ${what}` });
  const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));
  /** The EV drives into (true) or out of (false) the parking bay of an EVSE (its bay detector). */
  const parkingBay = async (evseId: number | undefined, occupied: boolean): Promise<OperatorResult> => {
    const evse = pick(evseId, (e) => (e.ev.parked === true) !== occupied);
    if (!evse) return missing(evseId, occupied ? 'has a free parking bay' : 'has an EV in its parking bay');
    if (!tx.parkingBay) return unavailable('this station has no parking bay detector');
    return tx.parkingBay(evse, occupied);
  };
  const suspend = async (evseId: number | undefined, suspended: boolean): Promise<OperatorResult> => {
    const evse = pick(evseId, (e) => e.ev.plugged && e.ev.suspended !== suspended);
    if (!evse) return missing(evseId, suspended ? 'has a charging EV' : 'has a suspended EV');
    return tx.setSuspended(evse, suspended);
  };
  const faultOf = (evseId: number | undefined): EvseState | undefined => ctx.evses.get(evseId ?? ctx.evses.list[0]?.id ?? 1);

  return {
    /** Connects an EV (default: the first EVSE without one). */
    plugIn: async ({ evseId, params }) => {
      const evse = pick(evseId, (e) => !e.ev.plugged);
      if (!evse) return missing(evseId, 'is free to plug into');
      return tx.plugIn(evse, ctx.version === '1.6' ? 1 : (num(params.connectorId) ?? 1));
    },
    /** `side` (2.0.1): 'ev' unplugs at the EV only (a detachable cable stays in the socket), 'station' takes that cable out. */
    unplug: async ({ evseId, params }) => {
      const evse = pick(evseId, (e) => e.ev.plugged || e.ev.cableInSocket === true);
      if (!evse) return missing(evseId, 'has an EV plugged in');
      return tx.unplug(evse, params.side === 'ev' || params.side === 'station' ? params.side : 'both');
    },
    driveIn: ({ evseId }) => parkingBay(evseId, true),
    driveOut: ({ evseId }) => parkingBay(evseId, false),
    evStopSession: async ({ evseId }) => {
      const evse = pick(evseId, (e) => e.ev.plugged);
      if (!evse) return missing(evseId, 'has an EV plugged in');
      if (!tx.evStopSession) return unavailable('this station does not speak ISO 15118 with the EV');
      return tx.evStopSession(evse);
    },
    presentIdToken: async ({ evseId, params }) => {
      if (typeof params.idToken !== 'string' || !params.idToken) return unavailable('presentIdToken needs params.idToken');
      const evse = evseId === undefined ? undefined : ctx.evses.get(evseId);
      if (evseId !== undefined && !evse) return unavailable(`no EVSE ${evseId}`);
      const token: IdToken = { idToken: params.idToken, type: typeof params.type === 'string' ? params.type : 'ISO14443' };
      return tx.presentIdToken(evse, token);
    },
    selectMasterPassStop: async ({ evseId }) => {
      const evse = evseId === undefined ? undefined : ctx.evses.get(evseId);
      if (evseId !== undefined && !evse) return unavailable(`no EVSE ${evseId}`);
      if (!tx.selectMasterPassStop) return unavailable('this station has no Master Pass screen');
      return tx.selectMasterPassStop(evse);
    },
    evSuspend: ({ evseId }) => suspend(evseId, true),
    evResume: ({ evseId }) => suspend(evseId, false),
    causeFault: ({ evseId, params }) => {
      const evse = faultOf(evseId);
      if (!evse) return unavailable(`no EVSE ${String(evseId)}`);
      return causeFault(ctx, evse, typeof params.errorCode === 'string' ? params.errorCode : 'OtherError');
    },
    clearFault: ({ evseId }) => {
      const evse = faultOf(evseId);
      if (!evse) return unavailable(`no EVSE ${String(evseId)}`);
      return clearFault(ctx, evse);
    },
  };
}
