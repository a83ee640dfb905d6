/**
 * OCPP 2.0.1 transactions (E, F): TransactionEvent Started/Updated/Ended driven by TxStartPoint /
 * TxStopPoint (E01, E06: ParkingBayOccupancy, EVConnected, Authorized, DataSigned, PowerPathClosed,
 * EnergyTransfer), seqNo from 0 without gaps (E 1.3.2.1), one trigger reason per event (E02.FR.17),
 * chargingState on every change (E02.FR.13), meter values at start, every TxUpdatedInterval and at
 * the end (signed with SampledDataCtrlr.SignReadings); the EV-side unplug (E09, E10) and the cable
 * lock; RequestStart/StopTransaction, UnlockConnector, GetTransactionStatus (E14).
 */
import { randomUUID } from 'node:crypto';
import type { Payload } from '../../rpc/codec.js';
import type { OperatorResult } from '../../engine/operator.js';
import type { StationContext } from './context.js';
import type { SettingName } from './settings.js';
import { AlignedMeterValues, done, pickFreeEvse, skipped, type TransactionEngine } from './transactions.js';
import { CHARGING_POWER_W } from './meter.js';
import type { HandlerTable, IdToken, StationOutcome } from './types.js';
import type { EndCause, EvseState, UnplugSide } from './ports.js';

type ChargingState = 'Charging' | 'EVConnected' | 'SuspendedEV' | 'SuspendedEVSE' | 'Idle';

interface Tx {
  id: string;
  evseId: number;
  seqNo: number;
  /** Last chargingState reported. */
  chargingState?: ChargingState;
  begin?: Payload;
}

interface Session {
  token?: IdToken;
  authorized: boolean;
  /** False after a remote stop that did not end the transaction: the energy offer stopped. */
  energyOffered: boolean;
  tx?: Tx;
  /** Carried by the next TransactionEvent (E03.FR.01, E07.FR.02, F02.FR.21). */
  pendingIdToken?: IdToken;
  pendingRemoteStartId?: number;
  /** A remote start that could not yet start a transaction: RemoteStart is the trigger reason of its first message. */
  pendingTrigger?: string;
  /** The next message is the first since the EV connected: it carries `evse` (E01.FR.16). */
  evseDue: boolean;
}

interface EventOptions {
  chargingState: ChargingState;
  stoppedReason?: string;
  meter?: 'started' | 'updated' | 'ended' | 'trigger';
}

export class Transactions201 implements TransactionEngine {
  private readonly ctx: StationContext;
  private readonly sessions = new Map<number, Session>();
  /** Per EVSE, the next seqNo (kept across transactions and reboots: the station's counter, Part 2 E "Sequence Number Generation"). */
  private readonly evseSeqNo = new Map<number, number>();
  readonly aligned: AlignedMeterValues;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.aligned = new AlignedMeterValues(ctx);
  }

  private session(evse: EvseState): Session {
    let s = this.sessions.get(evse.id);
    if (!s) {
      s = { authorized: false, energyOffered: true, evseDue: true };
      this.sessions.set(evse.id, s);
    }
    return s;
  }

  // --- queries ----------------------------------------------------------------------------------

  sessionStatus(evse: EvseState, connectorId: number): string {
    return (evse.ev.plugged || evse.ev.cableInSocket) && evse.ev.connectorId === connectorId ? 'Occupied' : 'Available';
  }

  hasTransaction(evseId?: number): boolean {
    if (evseId === undefined) return [...this.sessions.values()].some((s) => s.tx);
    return this.sessions.get(evseId)?.tx !== undefined;
  }

  transactionIds(): string[] {
    return [...this.sessions.values()].flatMap((s) => (s.tx ? [s.tx.id] : []));
  }

  snapshot(): unknown[] {
    return [...this.sessions.entries()].filter(([, s]) => s.tx || s.authorized).map(([evseId, s]) => ({
      evseId, transactionId: s.tx?.id, authorized: s.authorized, idToken: s.token?.idToken, chargingState: s.tx?.chargingState,
    }));
  }

  private chargingStateOf(evse: EvseState, s: Session): ChargingState {
    if (!evse.ev.plugged) return 'Idle';
    if (!s.authorized || !s.energyOffered) return 'EVConnected';
    return evse.ev.suspended ? 'SuspendedEV' : 'Charging';
  }

  /** The state reported with a plug-in or authorization event: energy starts flowing only afterwards (E03.FR.12). */
  private preEnergyState(evse: EvseState): ChargingState {
    return evse.ev.plugged ? 'EVConnected' : 'Idle';
  }

  /** TxStartPoint / TxStopPoint; the faults tx-start-point-ignored / tx-stop-point-ignored keep the defaults whatever is configured. */
  private points(name: 'txStartPoint' | 'txStopPoint'): string[] {
    if (this.ctx.faults.has(name === 'txStartPoint' ? 'tx-start-point-ignored' : 'tx-stop-point-ignored')) return ['EVConnected', 'Authorized'];
    return this.ctx.settings.list(name);
  }

  private stopsAt(...points: string[]): boolean {
    return this.points('txStopPoint').some((p) => points.includes(p));
  }

  /** The start points met now (E01.FR.01-06). */
  private startPointsMet(evse: EvseState, s: Session): string[] {
    const { plugged } = evse.ev;
    return this.points('txStartPoint').filter((p) => {
      switch (p) {
        case 'ParkingBayOccupancy': return evse.ev.parked === true;
        case 'EVConnected': return plugged;
        case 'Authorized': return s.authorized;
        // The meter signs its reading once the power path is about to close (E01.FR.04).
        case 'DataSigned': return plugged && s.authorized && this.ctx.settings.bool('signReadings');
        case 'PowerPathClosed': return plugged && s.authorized;
        case 'EnergyTransfer': return this.chargingStateOf(evse, s) === 'Charging';
        default: return false;
      }
    });
  }

  /**
   * Starts a transaction when a start point is met; `trigger` is what just happened. DataSigned alone
   * starts with SignedDataReceived, EnergyTransfer alone with ChargingStateChanged (E01.FR.15).
   */
  private maybeStart(evse: EvseState, s: Session, trigger: string): void {
    if (s.tx || !this.ctx.evses.isUsable(evse)) return;
    const met = this.startPointsMet(evse, s);
    if (!met.length) return;
    const byEvent = met.some((p) => p !== 'DataSigned' && p !== 'EnergyTransfer');
    if (byEvent) this.start(evse, s, s.pendingTrigger ?? trigger, this.preEnergyState(evse));
    else if (met.includes('DataSigned')) this.start(evse, s, 'SignedDataReceived', this.preEnergyState(evse));
    else this.start(evse, s, 'ChargingStateChanged', 'Charging');
  }

  /** Does ending the authorization end the transaction (TxStopPoint Authorized / PowerPathClosed / EnergyTransfer, E06.FR.03-07)? */
  private deauthorizationEnds(): boolean {
    return this.stopsAt('Authorized', 'PowerPathClosed', 'EnergyTransfer');
  }

  // --- sending ----------------------------------------------------------------------------------

  private nextSeqNo(tx: Tx): number {
    const seqNo = tx.seqNo;
    tx.seqNo += seqNo === 1 && this.ctx.faults.has('seqno-gap') ? 2 : 1;
    this.evseSeqNo.set(tx.evseId, tx.seqNo);
    return seqNo;
  }

  /**
   * The first seqNo of a new transaction: 0 (a SHOULD), or with the personality continuous-seqno the
   * EVSE's counter going on from the previous transaction (Part 2 E "Sequence Number Generation").
   */
  private firstSeqNo(evseId: number): number {
    return this.ctx.options.behaviour.seqNo === 'continuous' ? this.evseSeqNo.get(evseId) ?? 0 : 0;
  }

  private meterValue(evse: EvseState, kind: NonNullable<EventOptions['meter']>, tx: Tx): Payload[] | undefined {
    if (this.ctx.faults.has('tx-no-meter-values')) return undefined;
    const { settings } = this.ctx;
    const now = this.ctx.now();
    // SampledDataCtrlr.SignReadings: signed meter values (J02.FR.21); the fault tx-unsigned-meter-values leaves them out.
    const signing = { signed: settings.bool('signReadings') && !this.ctx.faults.has('tx-unsigned-meter-values') };
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
        const values = [tx.begin, end].filter((v): v is Payload => v !== undefined);
        return values.length ? values : undefined;
      }
    }
  }

  private sendEvent(evse: EvseState, s: Session, eventType: 'Started' | 'Updated' | 'Ended', triggerReason: string, o: EventOptions): void {
    const tx = s.tx;
    if (!tx) return;
    const includeState = eventType === 'Started' || o.chargingState !== tx.chargingState || triggerReason === 'ChargingStateChanged' || triggerReason === 'Trigger';
    tx.chargingState = o.chargingState;
    const idToken = this.ctx.faults.has('tx-no-idtoken') ? undefined : s.pendingIdToken;
    const remoteStartId = s.pendingRemoteStartId;
    delete s.pendingIdToken;
    delete s.pendingRemoteStartId;
    const meterValue = o.meter ? this.meterValue(evse, o.meter, tx) : undefined;
    const includeEvse = s.evseDue || eventType === 'Started';
    if (evse.ev.plugged) s.evseDue = false;
    const payload: Payload = {
      eventType,
      timestamp: this.ctx.now(),
      triggerReason,
      seqNo: this.nextSeqNo(tx),
      transactionInfo: {
        transactionId: tx.id,
        ...(includeState ? { chargingState: o.chargingState } : {}),
        ...(o.stoppedReason ? { stoppedReason: o.stoppedReason } : {}),
        ...(remoteStartId !== undefined ? { remoteStartId } : {}),
      },
      ...(includeEvse ? { evse: { id: evse.id, ...(evse.ev.plugged ? { connectorId: evse.ev.connectorId } : {}) } } : {}),
      ...(idToken ? { idToken: { idToken: idToken.idToken, type: idToken.type } } : {}),
      ...(meterValue ? { meterValue } : {}),
      // E11.FR.02 / E12.FR.02: created while offline, delivered later with offline = true (not with the fault offline-flag-missing).
      ...(!this.ctx.link.isOnline && !this.ctx.faults.has('offline-flag-missing') ? { offline: true } : {}),
    };
    this.ctx.log.debug(`TransactionEvent ${eventType} ${triggerReason} seqNo ${String(payload.seqNo)} queued`);
    void this.ctx.send('TransactionEvent', payload, { queue: true, onOutcome: (out) => this.onResponse(evse, tx, idToken, out) });
  }

  /** TransactionEventResponse: cache the idTokenInfo; a non-Accepted status deauthorizes (StopTxOnInvalidId, E05). */
  private onResponse(evse: EvseState, tx: Tx, idToken: IdToken | undefined, outcome: StationOutcome): void {
    if (outcome.kind !== 'result' || !idToken) return;
    const info = outcome.payload.idTokenInfo as Payload | undefined;
    if (!info) return;
    this.ctx.auth.remember(idToken, info);
    const s = this.sessions.get(evse.id);
    const status = this.ctx.auth.statusOf(info);
    if (status !== 'Accepted' && s?.tx === tx && s.authorized && this.ctx.settings.bool('stopTxOnInvalidId') && !this.ctx.faults.has('stop-tx-on-invalid-id-ignored')) {
      this.ctx.log.info(`idToken ${idToken.idToken} is ${status}: deauthorizing transaction ${tx.id}`);
      this.endAuthorization(evse, s, undefined, 'Deauthorized', 'DeAuthorized');
    }
  }

  private start(evse: EvseState, s: Session, triggerReason: string, chargingState: ChargingState): void {
    s.tx = { id: randomUUID(), evseId: evse.id, seqNo: this.firstSeqNo(evse.id) };
    delete s.pendingTrigger;
    this.sendEvent(evse, s, 'Started', triggerReason, { chargingState, meter: 'started' });
    this.startSampling(evse);
    this.ctx.emit('transaction', { evseId: evse.id, transactionId: s.tx.id, event: 'started' });
  }

  private end(evse: EvseState, s: Session, triggerReason: string, stoppedReason: string): void {
    const tx = s.tx;
    if (!tx) return;
    evse.meter.setPower(0);
    this.sendEvent(evse, s, 'Ended', triggerReason, { chargingState: evse.ev.plugged ? 'EVConnected' : 'Idle', stoppedReason, meter: 'ended' });
    this.ctx.timers.clear(`sample-${evse.id}`);
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    this.sessions.set(evse.id, { authorized: false, energyOffered: true, evseDue: !evse.ev.plugged });
    this.ctx.emit('transaction', { evseId: evse.id, transactionId: tx.id, event: 'ended', stoppedReason });
    this.ctx.evses.transactionEnded(evse.id);
    this.ctx.provisioning.transactionEnded();
  }

  /**
   * Sends ChargingStateChanged when the energy flow changed (E02.FR.13) and sets the meter's power. With
   * TxStartPoint EnergyTransfer the flow starts the transaction; with TxStopPoint EnergyTransfer an EV that
   * suspends ends it (E06.FR.07).
   */
  private updateCharging(evse: EvseState, s: Session): void {
    const state = this.chargingStateOf(evse, s);
    evse.meter.setPower(state === 'Charging' ? CHARGING_POWER_W : 0);
    if (!s.tx) {
      if (state === 'Charging') this.maybeStart(evse, s, 'ChargingStateChanged');
      return;
    }
    if (state === s.tx.chargingState) return;
    if (state === 'SuspendedEV' && s.tx.chargingState === 'Charging' && this.stopsAt('EnergyTransfer')) {
      this.end(evse, s, 'ChargingStateChanged', 'StoppedByEV');
      return;
    }
    this.sendEvent(evse, s, 'Updated', 'ChargingStateChanged', { chargingState: state });
  }

  private startSampling(evse: EvseState): void {
    const seconds = this.ctx.settings.int('sampleInterval', 0);
    if (seconds <= 0 || this.ctx.faults.has('tx-no-meter-values')) return;
    this.ctx.timers.interval(`sample-${evse.id}`, seconds * 1000, () => {
      const s = this.sessions.get(evse.id);
      if (s?.tx) this.sendEvent(evse, s, 'Updated', 'MeterValuePeriodic', { chargingState: this.chargingStateOf(evse, s), meter: 'updated' });
    });
  }

  onSettingChanged(name: SettingName): void {
    if (name === 'sampleInterval') {
      this.ctx.timers.clearPrefix('sample-');
      for (const evse of this.ctx.evses.list) if (this.sessions.get(evse.id)?.tx) this.startSampling(evse);
    }
    if (name === 'alignedInterval') this.aligned.restart();
  }

  // --- authorization of a session ---------------------------------------------------------------

  /** The session is authorized (local token, remote start): Updated, or Started when that is the start point. */
  private authorize(evse: EvseState, s: Session, token: IdToken, triggerReason: 'Authorized' | 'RemoteStart', remoteStartId?: number): void {
    s.authorized = true;
    s.energyOffered = true;
    s.token = token;
    s.pendingIdToken = token;
    if (remoteStartId !== undefined) s.pendingRemoteStartId = remoteStartId;
    if (s.tx) this.sendEvent(evse, s, 'Updated', triggerReason, { chargingState: this.preEnergyState(evse) });
    else {
      this.maybeStart(evse, s, triggerReason);
      if (!s.tx && triggerReason === 'RemoteStart') s.pendingTrigger = triggerReason;
    }
    if (!evse.ev.plugged) this.armConnectionTimeout(evse);
    this.updateCharging(evse, s);
  }

  /** The authorization ends (token presented again, remote stop, deauthorized by the CSMS): E06, E07, F03. */
  private endAuthorization(evse: EvseState, s: Session, token: IdToken | undefined, triggerReason: string, stoppedReason: string): void {
    s.authorized = false;
    s.energyOffered = false;
    if (token) s.pendingIdToken = token;
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    if (!s.tx) {
      this.sessions.delete(evse.id);
      this.ctx.evses.report(evse);
      return;
    }
    if (this.deauthorizationEnds()) this.end(evse, s, triggerReason, stoppedReason);
    else {
      // The transaction goes on (TxStopPoint EVConnected / ParkingBayOccupancy): the deauthorization, then the energy stop.
      this.sendEvent(evse, s, 'Updated', triggerReason, { chargingState: s.tx.chargingState ?? this.preEnergyState(evse) });
      this.updateCharging(evse, s);
    }
  }

  /**
   * E03.FR.05 / E10.FR.02: the driver did not (re)connect the EV within EVConnectionTimeOut: the authorization
   * ends; the transaction too, unless TxStopPoint has ParkingBayOccupancy (then an Updated event).
   */
  private armConnectionTimeout(evse: EvseState): void {
    const seconds = this.ctx.settings.int('evConnectionTimeOut', 0);
    if (seconds <= 0 || this.ctx.faults.has('ev-connection-timeout-ignored')) return;
    this.ctx.timers.timeout(`evconnect-${evse.id}`, seconds * 1000, () => {
      const s = this.sessions.get(evse.id);
      if (!s || evse.ev.plugged || !s.authorized) return;
      this.ctx.log.info(`EVSE ${evse.id}: no EV connected within ${seconds} s`);
      s.authorized = false;
      s.energyOffered = false;
      if (!s.tx) this.sessions.delete(evse.id);
      else if (this.stopsAt('ParkingBayOccupancy') && !this.deauthorizationEnds()) this.sendEvent(evse, s, 'Updated', 'EVConnectTimeout', { chargingState: this.chargingStateOf(evse, s) });
      else this.end(evse, s, 'EVConnectTimeout', 'Timeout');
    });
  }

  /** A cable permanently attached (HFS-2 without HFS-1 in the claim, or the fixedCable option). */
  private get fixedCable(): boolean {
    const f = this.ctx.options.features;
    return this.ctx.options.fixedCable || (f !== undefined && f.includes('HFS-2') && !f.includes('HFS-1'));
  }

  // --- physical events --------------------------------------------------------------------------

  plugIn(evse: EvseState, connectorId: number): Promise<OperatorResult> {
    if (evse.ev.plugged) return Promise.resolve(skipped(`an EV is already plugged into EVSE ${evse.id}`));
    if (!evse.connectors.some((c) => c.id === connectorId)) return Promise.resolve(skipped(`EVSE ${evse.id} has no connector ${connectorId}`));
    // An EV set to "not ready" before it was connected stays suspended (E03, TC_E_38).
    evse.ev = { ...evse.ev, plugged: true, connectorId, cableInSocket: false };
    evse.meter.evConnected();
    const s = this.session(evse);
    s.evseDue = true;
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    this.ctx.evses.report(evse);
    const trigger = this.ctx.faults.has('wrong-trigger-reason') ? 'Authorized' : 'CablePluggedIn';
    if (s.tx) this.sendEvent(evse, s, 'Updated', trigger, { chargingState: this.preEnergyState(evse) });
    else this.maybeStart(evse, s, trigger);
    this.updateCharging(evse, s);
    return Promise.resolve(done({ evseId: evse.id, connectorId, transactionId: s.tx?.id }));
  }

  unplug(evse: EvseState, side: UnplugSide = 'both'): Promise<OperatorResult> {
    if (!evse.ev.plugged) {
      // The cable left in the socket after an EV-side unplug is taken out (station side).
      if (side === 'ev' || !evse.ev.cableInSocket) return Promise.resolve(skipped(`no EV is plugged into EVSE ${evse.id}`));
      if (evse.ev.lockedFor) return Promise.resolve(skipped(`the cable on EVSE ${evse.id} is locked until the idToken that used it is presented (E09.FR.03)`));
      evse.ev = { ...evse.ev, cableInSocket: false };
      this.ctx.evses.report(evse);
      return Promise.resolve(done({ evseId: evse.id }));
    }
    const s = this.session(evse);
    const detachedAtEv = side === 'ev' && !this.fixedCable;
    evse.ev = { plugged: false, connectorId: evse.ev.connectorId, suspended: false, ...(evse.ev.parked ? { parked: true } : {}), cableInSocket: detachedAtEv };
    evse.meter.setPower(0);
    const txId = s.tx?.id;
    if (!s.tx) {
      if (!s.authorized) this.sessions.delete(evse.id);
      this.ctx.evses.report(evse);
      return Promise.resolve(done({ evseId: evse.id }));
    }
    // E09.FR.01: StopTxOnEVSideDisconnect deauthorizes; E10: otherwise the authorization stays.
    const deauthorize = s.authorized && this.ctx.settings.bool('stopTxOnEVSideDisconnect');
    if (deauthorize) {
      s.authorized = false;
      s.energyOffered = false;
      // E09.FR.03: a detachable cable stays locked until the driver presents the idToken (unless UnlockOnEVSideDisconnect).
      if (detachedAtEv && !this.ctx.settings.bool('unlockOnEVSideDisconnect') && s.token) evse.ev.lockedFor = s.token.idToken;
    }
    const ends = !this.ctx.faults.has('ev-disconnect-keeps-transaction')
      && (this.stopsAt('EVConnected', 'PowerPathClosed', 'EnergyTransfer') || (deauthorize && this.stopsAt('Authorized')));
    const lost = !this.ctx.faults.has('ev-disconnect-not-reported');
    const trigger = lost ? 'EVCommunicationLost' : 'ChargingStateChanged';
    if (ends) this.end(evse, s, trigger, 'EVDisconnected');
    else {
      this.sendEvent(evse, s, 'Updated', trigger, { chargingState: lost ? 'Idle' : 'SuspendedEV' });
      // E10.FR.02: a permanently attached cable must be plugged into the EV again within EVConnectionTimeOut.
      if (s.authorized && this.fixedCable) this.armConnectionTimeout(evse);
      this.ctx.evses.report(evse);
    }
    return Promise.resolve(done({ evseId: evse.id, transactionId: txId }));
  }

  /**
   * E15.FR.04/05: the EV terminated the ISO 15118 session: the authorization ends (StopAuthorized, StoppedByEV),
   * and the transaction with it when TxStopPoint says so. One message, with the energy stop in it (EVConnected).
   */
  evStopSession(evse: EvseState): Promise<OperatorResult> {
    const s = this.sessions.get(evse.id);
    if (!evse.ev.plugged || !s?.authorized) return Promise.resolve(skipped(`no authorized session with an EV on EVSE ${evse.id}`));
    s.authorized = false;
    s.energyOffered = false;
    const trigger = this.ctx.faults.has('ev-session-stop-wrong-trigger') ? 'ChargingStateChanged' : 'StopAuthorized';
    if (s.tx && this.deauthorizationEnds()) this.end(evse, s, trigger, 'StoppedByEV');
    else if (s.tx) {
      evse.meter.setPower(0);
      this.sendEvent(evse, s, 'Updated', trigger, { chargingState: 'EVConnected' });
    }
    return Promise.resolve(done({ evseId: evse.id, transactionId: s.tx?.id }));
  }

  parkingBay(evse: EvseState, occupied: boolean): Promise<OperatorResult> {
    if ((evse.ev.parked === true) === occupied) return Promise.resolve(skipped(`the parking bay of EVSE ${evse.id} is already ${occupied ? 'occupied' : 'free'}`));
    evse.ev = { ...evse.ev, parked: occupied };
    const s = this.session(evse);
    if (occupied) this.maybeStart(evse, s, 'EVDetected');
    else if (s.tx && this.stopsAt('ParkingBayOccupancy') && !evse.ev.plugged) {
      s.authorized = false;
      this.end(evse, s, 'EVDeparted', 'Local');
    } else if (!s.tx && !s.authorized) this.sessions.delete(evse.id);
    return Promise.resolve(done({ evseId: evse.id, transactionId: s.tx?.id }));
  }

  async presentIdToken(target: EvseState | undefined, token: IdToken): Promise<OperatorResult> {
    // A token that authorized a running session (or shares its group) ends it (E07.FR.01).
    const group = this.ctx.auth.groupOf(token);
    const stopping = this.ctx.evses.list.find((e) => {
      const s = this.sessions.get(e.id);
      if (!s?.authorized || !s.token || (target && target.id !== e.id)) return false;
      return s.token.idToken === token.idToken || (group !== undefined && this.ctx.auth.groupOf(s.token) === group);
    });
    if (stopping) {
      const s = this.session(stopping);
      const txId = s.tx?.id;
      this.endAuthorization(stopping, s, token, this.ctx.faults.has('local-stop-wrong-trigger') ? 'Authorized' : 'StopAuthorized', this.ctx.faults.has('local-stop-wrong-reason') ? 'Remote' : 'Local');
      return done({ evseId: stopping.id, stopped: txId });
    }
    // E09.FR.03: the idToken that used a cable left locked in the socket unlocks it.
    const locked = this.ctx.evses.list.find((e) => e.ev.lockedFor !== undefined && e.ev.lockedFor === token.idToken && (!target || target.id === e.id));
    if (locked) {
      delete locked.ev.lockedFor;
      this.ctx.log.info(`EVSE ${locked.id}: cable unlocked for ${token.idToken}`);
      return done({ evseId: locked.id, unlocked: true });
    }
    const evse = target ?? pickFreeEvse(this.ctx, (e) => !this.sessions.get(e.id)?.authorized);
    if (!evse) return skipped('no EVSE is free for a new session');
    if (this.sessions.get(evse.id)?.authorized) return skipped(`EVSE ${evse.id} is already authorized for another token`);
    if (!this.ctx.evses.isUsable(evse)) return skipped(`EVSE ${evse.id} is not available`);
    const decision = await this.ctx.auth.authorize(token);
    if (decision.status !== 'Accepted') {
      this.ctx.log.info(`idToken ${token.idToken} not accepted (${decision.status}, ${decision.source})`);
      return done({ evseId: evse.id, authorization: decision.status });
    }
    const s = this.session(evse);
    this.authorize(evse, s, token, 'Authorized');
    return done({ evseId: evse.id, authorization: 'Accepted', transactionId: s.tx?.id });
  }

  setSuspended(evse: EvseState, suspended: boolean): Promise<OperatorResult> {
    // An EV not yet connected can be set "not ready" beforehand (TC_E_38); it stays so when plugged in.
    if (!evse.ev.plugged && suspended && !evse.ev.suspended) {
      evse.ev.suspended = true;
      return Promise.resolve(done({ evseId: evse.id }));
    }
    if (!evse.ev.plugged) return Promise.resolve(skipped(`no EV is plugged into EVSE ${evse.id}`));
    if (evse.ev.suspended === suspended) return Promise.resolve(skipped(`the EV on EVSE ${evse.id} is already ${suspended ? 'suspended' : 'charging'}`));
    evse.ev.suspended = suspended;
    this.updateCharging(evse, this.session(evse));
    return Promise.resolve(done({ evseId: evse.id }));
  }

  // --- whole-station events ---------------------------------------------------------------------

  endAll(cause: EndCause, evseId?: number): void {
    for (const evse of this.ctx.evses.list) {
      if (evseId !== undefined && evse.id !== evseId) continue;
      const s = this.sessions.get(evse.id);
      if (!s?.tx) continue;
      s.authorized = false;
      if (cause === 'power-loss') this.end(evse, s, 'AbnormalCondition', 'PowerLoss');
      else this.end(evse, s, 'ResetCommand', 'ImmediateReset');
    }
  }

  clear(): void {
    this.sessions.clear();
    this.ctx.timers.clearPrefix('sample-');
    this.ctx.timers.clearPrefix('evconnect-');
  }

  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean {
    if (requested === 'MeterValues') return this.aligned.send('Trigger', evseId);
    let sent = false;
    for (const evse of this.ctx.evses.list) {
      if (evseId !== undefined && evse.id !== evseId) continue;
      const s = this.sessions.get(evse.id);
      if (!s?.tx) continue;
      this.sendEvent(evse, s, 'Updated', 'Trigger', { chargingState: this.chargingStateOf(evse, s), meter: 'trigger' });
      sent = true;
    }
    return sent;
  }

  // --- CSMS requests ----------------------------------------------------------------------------

  handlers(): HandlerTable {
    return {
      RequestStartTransaction: (p) => {
        const pendingFault = this.ctx.provisioning.registration === 'Pending' && this.ctx.faults.has('pending-accepts-remote-start');
        if (this.ctx.provisioning.registration !== 'Accepted' && !pendingFault) return { payload: { status: 'Rejected' } };
        if (this.ctx.faults.has('remote-start-rejected')) return { payload: { status: 'Rejected' } };
        const evse = p.evseId !== undefined ? this.ctx.evses.get(Number(p.evseId)) : pickFreeEvse(this.ctx, (e) => !this.sessions.get(e.id)?.authorized);
        if (!evse || !this.ctx.evses.isUsable(evse) || this.sessions.get(evse.id)?.authorized) return { payload: { status: 'Rejected' } };
        const token = p.idToken as IdToken;
        const remoteStartId = Number(p.remoteStartId);
        const txId = this.sessions.get(evse.id)?.tx?.id;
        return {
          payload: { status: 'Accepted', ...(txId ? { transactionId: txId } : {}) },
          after: async () => {
            if (this.ctx.settings.bool('authorizeRemoteStart')) {
              const decision = await this.ctx.auth.authorize(token);
              if (decision.status !== 'Accepted') return;
            }
            this.authorize(evse, this.session(evse), token, 'RemoteStart', remoteStartId);
          },
        };
      },
      RequestStopTransaction: (p) => {
        const evse = this.ctx.evses.list.find((e) => this.sessions.get(e.id)?.tx?.id === p.transactionId);
        if (!evse) return { payload: { status: 'Rejected' } };
        const reason = this.ctx.faults.has('remote-stop-wrong-reason') ? 'Local' : 'Remote';
        return { payload: { status: 'Accepted' }, after: () => this.endAuthorization(evse, this.session(evse), undefined, 'RemoteStop', reason) };
      },
      // E14: ongoingIndicator only for a given transaction; messagesInQueue about that transaction, or about any.
      GetTransactionStatus: (p) => {
        const wrongQueue = this.ctx.faults.has('transaction-status-wrong-queue');
        const wrongOngoing = this.ctx.faults.has('transaction-status-wrong-ongoing');
        if (p.transactionId === undefined) {
          const queued = this.ctx.outbox.queued('TransactionEvent') > 0;
          return { payload: { messagesInQueue: queued !== wrongQueue, ...(wrongOngoing ? { ongoingIndicator: this.hasTransaction() } : {}) } };
        }
        const id = String(p.transactionId);
        const queued = this.ctx.outbox.queuedMatching('TransactionEvent', (q) => (q.transactionInfo as Payload | undefined)?.transactionId === id) > 0;
        return { payload: { ongoingIndicator: this.transactionIds().includes(id) !== wrongOngoing, messagesInQueue: queued !== wrongQueue } };
      },
      UnlockConnector: (p) => {
        const evse = this.ctx.evses.get(Number(p.evseId));
        if (!evse || !evse.connectors.some((c) => c.id === Number(p.connectorId))) return { payload: { status: 'UnknownConnector' } };
        const s = this.sessions.get(evse.id);
        if (s?.tx && s.authorized) return { payload: { status: 'OngoingAuthorizedTransaction' } };
        return { payload: { status: 'Unlocked' } };
      },
    };
  }
}
