/**
 * Hardware faults an operator (or a lab rig) can cause on a connector: a broken cable lock
 * (ConnectorLockFailure: locking at the start of a transaction and unlocking fail) or any other
 * fault that makes the connector Faulted with a 1.6 ChargePointErrorCode (1.6 4.9, 7.6).
 */
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';
import { done } from './transactions.js';

/** 1.6 ChargePointErrorCode values an operator may cause (NoError is not a fault). */
export const FAULT_ERROR_CODES: readonly string[] = [
  'ConnectorLockFailure', 'EVCommunicationError', 'GroundFailure', 'HighTemperature', 'InternalError', 'LocalListConflict',
  'OtherError', 'OverCurrentFailure', 'OverVoltage', 'PowerMeterFailure', 'PowerSwitchFailure', 'ReaderFailure',
  'ResetFailure', 'UnderVoltage', 'WeakSignal',
];

export function causeFault(ctx: StationContext, evse: EvseState, errorCode: string): OperatorResult {
  if (!FAULT_ERROR_CODES.includes(errorCode)) return { status: 'unavailable', reason: `unknown error code '${errorCode}' (one of ${FAULT_ERROR_CODES.join(', ')})` };
  if (errorCode === 'ConnectorLockFailure') {
    // A broken lock shows when it is operated: at the start of a transaction or on UnlockConnector.
    evse.lockBroken = true;
    ctx.log.info(`connector ${evse.id}: cable lock broken`);
    return { status: 'done' };
  }
  evse.faulted = true;
  evse.errorCode = errorCode;
  ctx.log.info(`connector ${evse.id}: fault ${errorCode}`);
  ctx.evses.report(evse);
  return { status: 'done' };
}

/** The fault is repaired: the connector returns to the state it had before (1.6 4.9, I1-I8). */
export function clearFault(ctx: StationContext, evse: EvseState): OperatorResult {
  const had = evse.faulted || evse.lockBroken === true;
  evse.faulted = false;
  delete evse.errorCode;
  delete evse.lockBroken;
  if (!had) return { status: 'skipped', reason: `connector ${evse.id} has no fault` };
  ctx.log.info(`connector ${evse.id}: fault cleared`);
  ctx.evses.report(evse);
  return { status: 'done' };
}

/**
 * Locks the cable for a new transaction. A broken lock makes the connector Faulted with
 * ConnectorLockFailure and the transaction does not start (false).
 */
export function lockForTransaction(ctx: StationContext, evse: EvseState): boolean {
  if (!evse.lockBroken || ctx.options.fixedCable) return true;
  if (ctx.faults.has('lock-state-ignored')) {
    ctx.log.debug('fault lock-state-ignored: charging without a locked cable');
    return true;
  }
  evse.faulted = true;
  evse.errorCode = 'ConnectorLockFailure';
  ctx.log.info(`connector ${evse.id}: the cable could not be locked`);
  return false;
}

/** E09.FR.03: the idToken that used a cable left locked in the socket (of `target`, or any EVSE) unlocks it. */
export function unlockCableFor(ctx: StationContext, token: IdToken, target: EvseState | undefined): OperatorResult | undefined {
  const locked = ctx.evses.list.find((e) => e.ev.lockedFor !== undefined && e.ev.lockedFor === token.idToken && (!target || target.id === e.id));
  if (!locked) return undefined;
  delete locked.ev.lockedFor;
  ctx.log.info(`EVSE ${locked.id}: cable unlocked for ${token.idToken}`);
  return done({ evseId: locked.id, unlocked: true });
}

/**
 * 2.0.1 G05: the cable is locked when the session is authorized with the EV in. A broken lock (operator action
 * causeFault ConnectorLockFailure) is reported with NotifyEvent ConnectorPlugRetentionLock Problem true
 * (G05.FR.02) and no energy is offered (G05.FR.01). Returns whether energy may flow.
 */
export function cableLocks201(ctx: StationContext, evse: EvseState): boolean {
  if (!evse.lockBroken || !evse.ev.plugged || ctx.options.fixedCable) return true;
  ctx.log.info(`EVSE ${evse.id}: the cable could not be locked`);
  // Fault lock-failure-not-reported: no NotifyEvent about the lock (G05.FR.02).
  if (!ctx.faults.has('lock-failure-not-reported')) {
    void ctx.send('NotifyEvent', {
      generatedAt: ctx.now(), seqNo: 0,
      eventData: [{
        eventId: Math.floor(Math.random() * 1e9), timestamp: ctx.now(), trigger: 'Delta', actualValue: 'true', eventNotificationType: 'HardWiredMonitor',
        component: { name: 'ConnectorPlugRetentionLock', evse: { id: evse.id, connectorId: evse.ev.connectorId } }, variable: { name: 'Problem' },
      }],
    });
  }
  // Fault lock-failure-charges: energy flows without a locked cable (G05.FR.01).
  return ctx.faults.has('lock-failure-charges');
}
