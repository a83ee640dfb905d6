/**
 * OCPP 2.0.1 transactions, the nouns: a session per EVSE (authorization, the transaction and what
 * its next TransactionEvent carries), its charging state (E02.FR.13), the start and stop points
 * (E01, E06) and the meter values a TransactionEvent carries (J02).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken } from '../../types.js';

export type ChargingState = 'Charging' | 'EVConnected' | 'SuspendedEV' | 'SuspendedEVSE' | 'Idle';

export interface Tx {
  id: string;
  evseId: number;
  seqNo: number;
  /** Last chargingState reported. */
  chargingState?: ChargingState;
  begin?: Payload;
  /** J: the samples taken every TxEndedInterval, for the Ended event (J Meter values' TxEndedSamples). */
  samples?: Payload[];
  /** Epoch ms the transaction started. */
  startedAt: number;
  /** The meter register (Wh) when it started: what MaxEnergyOnInvalidId counts from (E05.FR.03). */
  startWh?: number;
}

export interface Session {
  token?: IdToken;
  authorized: boolean;
  /** False after a remote stop that did not end the transaction: the energy offer stopped. */
  energyOffered: boolean;
  /** The CSMS called the idToken Invalid and StopTxOnInvalidId is false: no energy (SuspendedEVSE, E05.FR.02). */
  energyBlocked?: boolean;
  tx?: Tx;
  /** Carried by the next TransactionEvent (E03.FR.01, E07.FR.02, F02.FR.21). */
  pendingIdToken?: IdToken;
  pendingRemoteStartId?: number;
  /** The reservation the session's idToken used: carried by the next TransactionEvent only (H01.FR.15). */
  pendingReservationId?: number;
  /** A remote start that could not yet start a transaction: RemoteStart is the trigger reason of its first message. */
  pendingTrigger?: string;
  /** The next message is the first since the EV connected: it carries `evse` (E01.FR.16). */
  evseDue: boolean;
}

export interface EventOptions {
  chargingState: ChargingState;
  stoppedReason?: string;
  meter?: 'started' | 'updated' | 'ended' | 'trigger';
  /** Meter values as given (J: a clock-aligned value, MeterValueClock), instead of `meter`. */
  meterValues?: Payload[];
  /** Names the EVSE although E01.FR.16 would not (F06.FR.11: one of the events a trigger for all EVSEs sends). */
  withEvse?: boolean;
}

export function chargingStateOf(evse: EvseState, s: Session): ChargingState {
  if (!evse.ev.plugged) return 'Idle';
  if (!s.authorized || !s.energyOffered) return 'EVConnected';
  // An ISO 15118 EV before its schedule exchange (K15) draws no energy yet.
  if (evse.ev.awaitingSchedule) return 'EVConnected';
  if (s.energyBlocked) return 'SuspendedEVSE';
  return evse.ev.suspended ? 'SuspendedEV' : 'Charging';
}

/** The state reported with a plug-in or authorization event: energy starts flowing only afterwards (E03.FR.12). */
export function preEnergyState(evse: EvseState): ChargingState {
  return evse.ev.plugged ? 'EVConnected' : 'Idle';
}

/** TxStartPoint / TxStopPoint; the faults tx-start-point-ignored / tx-stop-point-ignored keep the defaults whatever is configured. */
function points(ctx: StationContext, name: 'txStartPoint' | 'txStopPoint'): string[] {
  if (ctx.faults.has(name === 'txStartPoint' ? 'tx-start-point-ignored' : 'tx-stop-point-ignored')) return ['EVConnected', 'Authorized'];
  return ctx.settings.list(name);
}

export function stopsAt(ctx: StationContext, ...wanted: string[]): boolean {
  return points(ctx, 'txStopPoint').some((p) => wanted.includes(p));
}

/** The start points met now (E01.FR.01-06). */
export function startPointsMet(ctx: StationContext, evse: EvseState, s: Session): string[] {
  const { plugged } = evse.ev;
  return points(ctx, 'txStartPoint').filter((p) => {
    switch (p) {
      case 'ParkingBayOccupancy': return evse.ev.parked === true;
      case 'EVConnected': return plugged;
      case 'Authorized': return s.authorized;
      // The meter signs its reading once the power path is about to close (E01.FR.04).
      case 'DataSigned': return plugged && s.authorized && ctx.settings.bool('signReadings');
      case 'PowerPathClosed': return plugged && s.authorized;
      case 'EnergyTransfer': return chargingStateOf(evse, s) === 'Charging';
      default: return false;
    }
  });
}

/** The meter values of a TransactionEvent (undefined: none), signed with SampledDataCtrlr.SignReadings. */
export function transactionMeterValues(ctx: StationContext, evse: EvseState, kind: NonNullable<EventOptions['meter']>, tx: Tx): Payload[] | undefined {
  if (ctx.faults.has('tx-no-meter-values')) return undefined;
  const { settings } = ctx;
  const now = ctx.now();
  // SampledDataCtrlr.SignReadings: signed meter values (J02.FR.21); the fault tx-unsigned-meter-values leaves them out.
  const signing = { signed: settings.bool('signReadings') && !ctx.faults.has('tx-unsigned-meter-values') };
  switch (kind) {
    case 'started': {
      const mv = evse.meter.meterValue(settings.list('startedMeasurands'), 'Transaction.Begin', '2.0.1', now, signing);
      tx.begin = evse.meter.meterValue(settings.list('endedMeasurands'), 'Transaction.Begin', '2.0.1', now, signing);
      return mv ? [mv] : undefined;
    }
    case 'updated': {
      const mv = evse.meter.meterValue(settings.list('sampledMeasurands'), 'Sample.Periodic', '2.0.1', now, signing);
      return mv ? [mv] : undefined;
    }
    case 'trigger': {
      const mv = evse.meter.meterValue(settings.list('sampledMeasurands'), 'Trigger', '2.0.1', now, signing);
      return mv ? [mv] : undefined;
    }
    case 'ended': {
      const end = evse.meter.meterValue(settings.list('endedMeasurands'), 'Transaction.End', '2.0.1', now, signing);
      const values = [tx.begin, ...(tx.samples ?? []), end].filter((v): v is Payload => v !== undefined);
      return values.length ? values : undefined;
    }
  }
}

/** What the engine's requests and messages (requests-201.ts, events-201.ts) need of it (transactions-201.ts). */
export interface Engine201 {
  readonly sessions: ReadonlyMap<number, Session>;
  session(evse: EvseState): Session;
  authorize(evse: EvseState, s: Session, token: IdToken, triggerReason: 'Authorized' | 'RemoteStart', remoteStartId?: number): void;
  endAuthorization(evse: EvseState, s: Session, token: IdToken | undefined, triggerReason: string, stoppedReason: string): void;
  /** Ends the transaction at once (E06), whatever the stop points. */
  end(evse: EvseState, s: Session, triggerReason: string, stoppedReason: string): void;
  /** Sets the meter's power to the session's charging state and reports a change (E02.FR.13). */
  updateCharging(evse: EvseState, s: Session): void;
  hasTransaction(evseId?: number): boolean;
  transactionIds(): string[];
}
