/**
 * The reference CSMS's operator actions: csmsSend {action, stationId, hint} (a CSMS-initiated
 * message, built from defaults with the hint on top) and configureCsms {setting, value, stationId}.
 */
import type { Operator, OperatorRequest, OperatorResult } from '../../domain/operator-actions.js';
import { HarnessError } from '../../errors.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import { maskSecrets } from '../common/logger.js';
import { pause } from './personality.js';
import type { BootStatus, IdTokenConfig, StationConfig } from './types.js';

export const BOOT_STATUSES: readonly BootStatus[] = ['Accepted', 'Pending', 'Rejected'];

/** An answer to a call, reduced to what an operator hook or a log needs. */
export type OutcomeSummary =
  | { kind: 'result'; payload: Payload }
  | { kind: 'error'; errorCode: string; errorDescription: string }
  | { kind: 'timeout' | 'closed' };

export function summarizeOutcome(o: CallOutcome): OutcomeSummary {
  if (o.kind === 'result') return { kind: 'result', payload: o.payload };
  if (o.kind === 'error') return { kind: 'error', errorCode: o.errorCode, errorDescription: o.errorDescription };
  return { kind: o.kind };
}

/** What the operator actions need of the CSMS (ReferenceCsms). */
export interface CsmsControl {
  setBootStatus(stationId: string, status: BootStatus): void;
  /** What the CSMS keeps for a station (next boot status, tariff), created on first use. */
  stationSettings(stationId: string): StationConfig;
  setPassword(stationId: string, password: string): void;
  setIdToken(token: IdTokenConfig): void;
  removeIdToken(idToken: string): void;
  setFault(name: string, enabled?: boolean): void;
  setIntervalSeconds(setting: 'heartbeatInterval' | 'bootRetryInterval', seconds: number): void;
  /** The given station, or the only connected one (OCPPH_ERR_USAGE otherwise). */
  targetStation(stationId: string | undefined, what: string): string;
  command(stationId: string, asked: string, askedHint?: Payload): Promise<{ request: Payload; outcome: CallOutcome }>;
  /** Personality deliberate: a pause before each operator-requested message. */
  readonly requestDelayMs: number;
}

/**
 * The `configureCsms` operator action. Settings: bootStatus (Accepted|Pending|Rejected), nextBootStatus (the same, for the next boot only),
 * energyTariff (a price per kWh), password,
 * idTokenStatus / idToken ({idToken, status, type?, groupIdToken?}), removeIdToken, heartbeatInterval,
 * bootRetryInterval, fault / clearFault (a fault name; TLS and connection faults apply from the next start).
 */
export function configureCsms(csms: CsmsControl, setting: string, value: unknown, stationId?: string): void {
  switch (setting) {
    case 'bootStatus':
      return csms.setBootStatus(csms.targetStation(stationId, setting), value as BootStatus);
    case 'nextBootStatus': {
      // Only the next BootNotification (B02/B03 "configured to first respond Pending or Rejected").
      if (!BOOT_STATUSES.includes(value as BootStatus)) throw new HarnessError('OCPPH_ERR_USAGE', `nextBootStatus must be one of ${BOOT_STATUSES.join(', ')}, got ${String(value)}`);
      csms.stationSettings(csms.targetStation(stationId, setting)).nextBootStatus = value as BootStatus;
      return;
    }
    case 'energyTariff': {
      // I02/I03 (TC_I_01/02_CSMS Memory State): a tariff based on energy consumed, its price per kWh.
      const price = Number(value);
      if (!Number.isFinite(price) || price <= 0) throw new HarnessError('OCPPH_ERR_USAGE', `energyTariff must be a price per kWh above 0, got ${String(value)}`);
      csms.stationSettings(csms.targetStation(stationId, setting)).energyTariffPerKWh = price;
      return;
    }
    case 'password':
      if (typeof value !== 'string' || !value) throw new HarnessError('OCPPH_ERR_USAGE', 'password must be a non-empty string');
      return csms.setPassword(csms.targetStation(stationId, setting), value);
    case 'idToken':
    case 'idTokenStatus': {
      const t = value as Partial<IdTokenConfig> | undefined;
      if (typeof t !== 'object' || t === null || typeof t.idToken !== 'string' || typeof t.status !== 'string') {
        throw new HarnessError('OCPPH_ERR_USAGE', `${setting} needs a value {idToken, status, type?, groupIdToken?}`);
      }
      return csms.setIdToken(t as IdTokenConfig);
    }
    case 'removeIdToken':
      return csms.removeIdToken(String(value));
    case 'heartbeatInterval':
    case 'bootRetryInterval': {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new HarnessError('OCPPH_ERR_USAGE', `${setting} must be a whole number of seconds`);
      return csms.setIntervalSeconds(setting, n);
    }
    case 'fault':
      return csms.setFault(String(value), true);
    case 'clearFault':
      return csms.setFault(String(value), false);
    default:
      throw new HarnessError('OCPPH_ERR_USAGE', `the reference CSMS has no setting '${setting}' (bootStatus, nextBootStatus, energyTariff, password, idTokenStatus, removeIdToken, heartbeatInterval, bootRetryInterval, fault, clearFault)`);
  }
}

/** The operator actions for a CSMS under test: csmsSend {action, stationId, hint} and configureCsms {setting, value, stationId}. */
export async function performCsmsAction(csms: CsmsControl, action: string, params: Record<string, unknown> = {}): Promise<OperatorResult> {
  try {
    if (action === 'csmsSend') {
      const target = typeof params.action === 'string' ? params.action : '';
      if (!target) return { status: 'unavailable', reason: 'csmsSend needs params.action (the message to send)' };
      const stationId = csms.targetStation(typeof params.stationId === 'string' ? params.stationId : undefined, 'csmsSend');
      const hint = typeof params.hint === 'object' && params.hint !== null ? params.hint as Payload : {};
      await pause(csms.requestDelayMs); // personality deliberate
      const { request, outcome } = await csms.command(stationId, target, hint);
      // The data may end up in a journal or a hook's log: secrets set over OCPP stay masked.
      return { status: 'done', data: maskSecrets({ stationId, action: target, request, outcome: summarizeOutcome(outcome) }) };
    }
    if (action === 'configureCsms') {
      configureCsms(csms, String(params.setting ?? ''), params.value, typeof params.stationId === 'string' ? params.stationId : undefined);
      return { status: 'done' };
    }
    return { status: 'unavailable', reason: `the reference CSMS does not perform '${action}' (it performs csmsSend and configureCsms)` };
  } catch (err) {
    return { status: 'unavailable', reason: (err as Error).message };
  }
}

/** The CSMS as an engine Operator (for a ChainOperator in a CSMS-role run). */
export function csmsOperator(perform: (action: string, params: Record<string, unknown>) => Promise<OperatorResult>): Operator {
  return {
    name: 'reference CSMS',
    handles: (action: string) => action === 'csmsSend' || action === 'configureCsms',
    perform: (request: OperatorRequest) => perform(request.action, request.params),
  };
}
