/**
 * OCPP 2.0.1 transactions: an idToken presented at the station. It ends the session it authorized (or one
 * of its group, C01.FR.03 / C09.FR.02, E07), unlocks a cable left locked for it (E09.FR.03), or authorizes a
 * new session (C01, C12, C15) when the C block accepts it; a Master Pass starts none (C16.FR.03).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';
import { done, pickFreeEvse, skipped } from './transactions.js';
import { claimReservation } from './reserved-201.js';
import { unlockCableFor } from './hardware.js';
import type { Engine201 } from './session-201.js';
import type { AuthDecision } from '../C-authorization/port.js';

/** C16.FR.01: the Master Pass screen a station with a UI (C-07) shows, per station: the master pass presented. */
const masterPassScreens = new WeakMap<StationContext, IdToken>();

/** Ends the transactions on `evses` for the Master Pass, stoppedReason MasterPass (the fault master-pass-wrong-reason: Local). */
function stopForMasterPass(ctx: StationContext, engine: Engine201, token: IdToken, evses: EvseState[]): OperatorResult {
  const stopped = evses.map((evse) => {
    const s = engine.session(evse);
    const txId = s.tx?.id;
    s.authorized = false;
    s.energyOffered = false;
    s.pendingIdToken = token;
    engine.end(evse, s, 'StopAuthorized', ctx.faults.has('master-pass-wrong-reason') ? 'Local' : 'MasterPass');
    return txId;
  });
  ctx.log.info(`Master Pass ${token.idToken}: stopped ${stopped.length} transaction(s)`);
  return done({ masterPass: true, stopped });
}

/**
 * A Master Pass presented while transactions run: a station without a UI (C-08) ends them all, whatever TxStopPoint
 * says (C16.FR.02); one with a UI (C-07) shows its Master Pass screen (C16.FR.01), where the user selects what to stop.
 * The fault master-pass-stop-ignored stops nothing, either way.
 */
function masterPassStops(ctx: StationContext, engine: Engine201, token: IdToken, decision: AuthDecision | undefined): OperatorResult | undefined {
  if (!decision?.masterPass || decision.status !== 'Accepted') return undefined;
  const running = ctx.evses.list.filter((e) => engine.sessions.get(e.id)?.tx);
  if (!running.length) return undefined;
  if (ctx.options.features?.includes('C-07')) {
    masterPassScreens.set(ctx, token);
    ctx.log.info(`Master Pass ${token.idToken}: the Master Pass screen asks which transactions to stop`);
    return done({ masterPass: true, screen: 'select the transactions to stop' });
  }
  if (ctx.faults.has('master-pass-stop-ignored')) return undefined;
  return stopForMasterPass(ctx, engine, token, running);
}

/** C16.FR.01: on the Master Pass screen the user selects the transaction on `evse`, or all of them (undefined). */
export function selectMasterPassStop201(ctx: StationContext, engine: Engine201, evse: EvseState | undefined): OperatorResult {
  const token = masterPassScreens.get(ctx);
  if (!token) return skipped('no Master Pass screen is shown');
  const running = ctx.evses.list.filter((e) => engine.sessions.get(e.id)?.tx && (!evse || e.id === evse.id));
  if (!running.length) return skipped(`no transaction runs${evse ? ` on EVSE ${evse.id}` : ''}`);
  masterPassScreens.delete(ctx);
  // Fault: whatever the user selected, every running transaction is stopped (C16.FR.01).
  if (evse && ctx.faults.has('master-pass-stops-unselected')) return stopForMasterPass(ctx, engine, token, ctx.evses.list.filter((e) => engine.sessions.get(e.id)?.tx));
  if (ctx.faults.has('master-pass-stop-ignored')) return done({ masterPass: true, stopped: [] });
  return stopForMasterPass(ctx, engine, token, running);
}

/** `authorizeExtra`: fields the Authorize of a Plug & Charge token carries (C07: eMAID hash data or certificate). */
export async function presentIdToken201(ctx: StationContext, engine: Engine201, target: EvseState | undefined, token: IdToken, authorizeExtra?: Payload): Promise<OperatorResult> {
  // A token that authorized a running session (or shares its group) ends it (E07.FR.01).
  const group = ctx.auth.groupOf(token);
  const stopping = ctx.evses.list.find((e) => {
    const s = engine.sessions.get(e.id);
    if (!s?.authorized || !s.token || (target && target.id !== e.id)) return false;
    return s.token.idToken === token.idToken || (group !== undefined && ctx.auth.groupOf(s.token) === group);
  });
  if (stopping) {
    const s = engine.session(stopping);
    // C01.FR.03 / C09.FR.02: another idToken of the group ends it only when valid (the C block decides: list, cache, Authorize).
    const unchecked = ctx.faults.has('group-stop-unchecked') || s.token?.idToken === token.idToken;
    if (s.token && !unchecked && !(await ctx.auth.mayEnd(s.token, token)).ends) return done({ evseId: stopping.id, stopped: false });
    const txId = s.tx?.id;
    engine.endAuthorization(stopping, s, token, ctx.faults.has('local-stop-wrong-trigger') ? 'Authorized' : 'StopAuthorized', ctx.faults.has('local-stop-wrong-reason') ? 'Remote' : 'Local');
    return done({ evseId: stopping.id, stopped: txId });
  }
  // E09.FR.03: the idToken that used a cable left locked in the socket unlocks it.
  const unlocked = unlockCableFor(ctx, token, target);
  if (unlocked) return unlocked;
  const evse = target ?? pickFreeEvse(ctx, (e) => !engine.sessions.get(e.id)?.authorized);
  if (!evse) {
    // Every EVSE busy: the idToken can only be a Master Pass (C16.FR.02).
    if (engine.hasTransaction()) return masterPassStops(ctx, engine, token, await ctx.auth.authorize(token)) ?? done({ stopped: false });
    return skipped('no EVSE is free for a new session');
  }
  const other = engine.sessions.get(evse.id);
  if (other?.authorized && other.token) {
    // C01.FR.03: another idToken ends the authorization only when valid with the same groupIdToken (C block decides).
    const { ends, decision } = await ctx.auth.mayEnd(other.token, token);
    const master = masterPassStops(ctx, engine, token, decision);
    if (master) return master;
    if (!ends) return done({ evseId: evse.id, authorization: decision?.status, stopped: false });
    const txId = other.tx?.id;
    engine.endAuthorization(evse, other, token, 'StopAuthorized', 'Local');
    return done({ evseId: evse.id, stopped: txId });
  }
  if (other?.authorized) return skipped(`EVSE ${evse.id} is already authorized for another token`);
  if (!ctx.evses.isUsable(evse)) return skipped(`EVSE ${evse.id} is not available`);
  const decision = await ctx.auth.authorize(token, authorizeExtra);
  const master = masterPassStops(ctx, engine, token, decision);
  if (master) return master;
  if (decision.status !== 'Accepted' || decision.masterPass) { // C16.FR.03: a Master Pass may stop transactions, not start one.
    ctx.log.info(`idToken ${token.idToken} not accepted (${decision.status}${decision.masterPass ? ' Master Pass' : ''}, ${decision.source})`);
    return done({ evseId: evse.id, authorization: decision.status, ...(decision.masterPass ? { masterPass: true } : {}) });
  }
  const s = engine.session(evse);
  if (!claimReservation(ctx, evse, s, token, decision)) return done({ evseId: evse.id, authorization: 'Accepted', reserved: 'for another idToken' });
  engine.authorize(evse, s, token, 'Authorized');
  return done({ evseId: evse.id, authorization: 'Accepted', transactionId: s.tx?.id });
}
