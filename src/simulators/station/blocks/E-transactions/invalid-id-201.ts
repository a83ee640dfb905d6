/**
 * OCPP 2.0.1: the CSMS answers a running transaction's TransactionEvent with an idTokenInfo that is not
 * Accepted (E05, C12, C15). StopTxOnInvalidId true: the station deauthorizes (E05.FR.09/10, C15.FR.03/04).
 * False: energy flows until MaxEnergyOnInvalidId Wh were delivered (E05.FR.03, C15.FR.07), then (at once
 * when it is 0) the station stops it: ChargingStateChanged, SuspendedEVSE (E05.FR.02, C15.FR.06).
 */
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import { CHARGING_POWER_W } from '../../meter.js';
import type { Engine201, Session, Tx } from './session-201.js';

/** How often the MaxEnergyOnInvalidId allowance is looked at again while the EV draws no power. */
const RECHECK_MS = 1_000;

export function onIdTokenNotAccepted(ctx: StationContext, engine: Engine201, evse: EvseState, s: Session, tx: Tx, status: string): void {
  const maxEnergy = ctx.settings.int('maxEnergyOnInvalidId', 0);
  // Fault max-energy-overrides-stop-tx: a MaxEnergyOnInvalidId allowance wrongly outranks StopTxOnInvalidId true (C15.FR.03).
  const stopTx = ctx.settings.bool('stopTxOnInvalidId') && !(maxEnergy > 0 && ctx.faults.has('max-energy-overrides-stop-tx'));
  if (stopTx) {
    if (ctx.faults.has('stop-tx-on-invalid-id-ignored')) return;
    ctx.log.info(`idToken is ${status}: deauthorizing transaction ${tx.id}`);
    engine.endAuthorization(evse, s, undefined, 'Deauthorized', 'DeAuthorized');
    return;
  }
  if (maxEnergy > 0 && !ctx.faults.has('max-energy-on-invalid-id-ignored')) {
    ctx.log.info(`idToken is ${status}: transaction ${tx.id} may draw up to ${maxEnergy} Wh (MaxEnergyOnInvalidId)`);
    watchAllowance(ctx, engine, evse, tx, maxEnergy);
    return;
  }
  block(ctx, engine, evse, tx);
}

/** Stops the energy of the transaction (SuspendedEVSE), unless the fault invalid-id-energy-not-stopped keeps it flowing. */
function block(ctx: StationContext, engine: Engine201, evse: EvseState, tx: Tx): void {
  const s = engine.sessions.get(evse.id);
  if (!s || s.tx !== tx || ctx.faults.has('invalid-id-energy-not-stopped')) return;
  ctx.log.info(`EVSE ${evse.id}: no more energy for transaction ${tx.id} (idToken not Accepted)`);
  s.energyBlocked = true;
  engine.updateCharging(evse, s);
}

/** E05.FR.03: energy until the allowance is used up (counted from the start of the transaction), then block. */
function watchAllowance(ctx: StationContext, engine: Engine201, evse: EvseState, tx: Tx, maxEnergy: number): void {
  const check = (): void => {
    if (engine.sessions.get(evse.id)?.tx !== tx) return;
    const left = maxEnergy - (evse.meter.energyWh - (tx.startWh ?? evse.meter.energyWh));
    if (left <= 0) {
      block(ctx, engine, evse, tx);
      return;
    }
    const ms = evse.meter.power > 0 ? Math.ceil((left / CHARGING_POWER_W) * 3_600_000) : RECHECK_MS;
    ctx.timers.timeout(`maxenergy-${evse.id}`, Math.max(ms, 10), check);
  };
  check();
}
