/**
 * OCPP 2.0.1 transactions (E, F): TransactionEvent Started/Updated/Ended driven by TxStartPoint /
 * TxStopPoint (E01, E06: ParkingBayOccupancy, EVConnected, Authorized, DataSigned, PowerPathClosed,
 * EnergyTransfer), seqNo from 0 without gaps (E 1.3.2.1), one trigger reason per event (E02.FR.17),
 * chargingState on every change (E02.FR.13), meter values at start, every TxUpdatedInterval and at
 * the end (signed with SampledDataCtrlr.SignReadings); the EV-side unplug (E09, E10) and the cable
 * lock; RequestStart/StopTransaction, UnlockConnector, GetTransactionStatus (E14).
 */
import { randomUUID } from 'node:crypto';
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { StationContext } from '../../context.js';
import type { SettingName } from '../../settings.js';
import { AlignedMeterValues, done, skipped, type TransactionEngine } from './transactions.js';
import { TxEndedSamples } from '../J-meter-values/port.js';
import { CHARGING_POWER_W } from '../../meter.js';
import type { HandlerTable, IdToken } from '../../types.js';
import type { EndCause, UnplugSide } from './port.js';
import type { EvseState } from '../../ports.js';
import { chargingStateOf, preEnergyState, startPointsMet, stopsAt, type ChargingState, type Session } from './session-201.js';
import { cableLocks201 } from './hardware.js';
import { presentIdToken201, selectMasterPassStop201 } from './present-id-201.js';
import { requestHandlers201 } from './requests-201.js';
import { TransactionEvents201 } from './events-201.js';

export class Transactions201 implements TransactionEngine {
  private readonly ctx: StationContext;
  readonly sessions = new Map<number, Session>();
  readonly aligned: AlignedMeterValues;
  private readonly events: TransactionEvents201;
  /** J: the samples of TransactionEvent Ended (TxEndedInterval of SampledDataCtrlr and AlignedDataCtrlr). */
  private readonly endedSamples: TxEndedSamples;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.aligned = new AlignedMeterValues(ctx, (evse, meterValue) => {
      const s = this.sessions.get(evse.id);
      if (s?.tx) this.events.send(evse, s, 'Updated', 'MeterValueClock', { chargingState: chargingStateOf(evse, s), meterValues: [meterValue] });
      return s?.tx !== undefined;
    });
    this.endedSamples = new TxEndedSamples(ctx);
    this.events = new TransactionEvents201(ctx, this);
  }

  session(evse: EvseState): Session {
    let s = this.sessions.get(evse.id);
    if (!s) {
      s = { authorized: false, energyOffered: true, evseDue: true };
      this.sessions.set(evse.id, s);
    }
    return s;
  }

  // --- queries ----------------------------------------------------------------------------------

  sessionStatus = (evse: EvseState, connectorId: number): string => ((evse.ev.plugged || evse.ev.cableInSocket) && evse.ev.connectorId === connectorId ? 'Occupied' : 'Available');

  hasTransaction(evseId?: number): boolean {
    if (evseId === undefined) return [...this.sessions.values()].some((s) => s.tx);
    return this.sessions.get(evseId)?.tx !== undefined;
  }

  transactionOn = (evseId: number): { transactionId?: string; startedAt: number } | undefined => {
    const tx = this.sessions.get(evseId)?.tx;
    return tx ? { transactionId: tx.id, startedAt: tx.startedAt } : undefined;
  };

  transactionIds = (): string[] => [...this.sessions.values()].flatMap((s) => (s.tx ? [s.tx.id] : []));

  snapshot(): unknown[] {
    return [...this.sessions.entries()].filter(([, s]) => s.tx || s.authorized).map(([evseId, s]) => ({
      evseId, transactionId: s.tx?.id, authorized: s.authorized, idToken: s.token?.idToken, chargingState: s.tx?.chargingState,
    }));
  }

  /**
   * Starts a transaction when a start point is met; `trigger` is what just happened. DataSigned alone
   * starts with SignedDataReceived, EnergyTransfer alone with ChargingStateChanged (E01.FR.15).
   */
  private maybeStart(evse: EvseState, s: Session, trigger: string): void {
    if (s.tx || !this.ctx.evses.isUsable(evse)) return;
    const met = startPointsMet(this.ctx, evse, s);
    if (!met.length) return;
    const byEvent = met.some((p) => p !== 'DataSigned' && p !== 'EnergyTransfer');
    if (byEvent) this.start(evse, s, s.pendingTrigger ?? trigger, preEnergyState(evse));
    else if (met.includes('DataSigned')) this.start(evse, s, 'SignedDataReceived', preEnergyState(evse));
    else this.start(evse, s, 'ChargingStateChanged', 'Charging');
  }

  /** Does ending the authorization end the transaction (TxStopPoint Authorized / PowerPathClosed / EnergyTransfer, E06.FR.03-07)? */
  private deauthorizationEnds(): boolean {
    return stopsAt(this.ctx, 'Authorized', 'PowerPathClosed', 'EnergyTransfer');
  }

  // --- sending ----------------------------------------------------------------------------------

  private start(evse: EvseState, s: Session, triggerReason: string, chargingState: ChargingState): void {
    s.tx = { id: randomUUID(), evseId: evse.id, seqNo: this.events.firstSeqNo(evse.id), startedAt: Date.now(), startWh: evse.meter.energyWh };
    delete s.pendingTrigger;
    this.events.send(evse, s, 'Started', triggerReason, { chargingState, meter: 'started' });
    this.startSampling(evse);
    this.endedSamples.start(evse);
    this.ctx.emit('transaction', { evseId: evse.id, transactionId: s.tx.id, event: 'started' });
  }

  end(evse: EvseState, s: Session, triggerReason: string, stoppedReason: string): void {
    const tx = s.tx;
    if (!tx) return;
    evse.meter.setPower(0);
    tx.samples = this.endedSamples.take(evse.id);
    this.events.send(evse, s, 'Ended', triggerReason, { chargingState: evse.ev.plugged ? 'EVConnected' : 'Idle', stoppedReason, meter: 'ended' });
    this.ctx.timers.clear(`sample-${evse.id}`);
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    this.ctx.timers.clear(`maxenergy-${evse.id}`);
    this.sessions.set(evse.id, { authorized: false, energyOffered: true, evseDue: !evse.ev.plugged });
    this.ctx.emit('transaction', { evseId: evse.id, transactionId: tx.id, event: 'ended', stoppedReason });
    this.ctx.evses.transactionEnded(evse.id);
    this.ctx.provisioning.transactionEnded();
  }

  /**
   * Sends ChargingStateChanged when the energy flow changed (E02.FR.13) and sets the meter's power. With
   * TxStartPoint EnergyTransfer the flow starts the transaction; with TxStopPoint EnergyTransfer an EV that
   * suspends ends it (E06.FR.07), and so does the station stopping the energy for an Invalid idToken (E05.FR.02 note).
   */
  updateCharging(evse: EvseState, s: Session): void {
    const state = chargingStateOf(evse, s);
    evse.meter.setPower(state === 'Charging' ? CHARGING_POWER_W : 0);
    if (!s.tx) {
      if (state === 'Charging') this.maybeStart(evse, s, 'ChargingStateChanged');
      return;
    }
    if (state === s.tx.chargingState) return;
    if (state.startsWith('Suspended') && s.tx.chargingState === 'Charging' && stopsAt(this.ctx, 'EnergyTransfer')) {
      this.end(evse, s, 'ChargingStateChanged', state === 'SuspendedEV' ? 'StoppedByEV' : 'DeAuthorized');
      return;
    }
    this.events.send(evse, s, 'Updated', 'ChargingStateChanged', { chargingState: state });
  }

  refreshCharging(evseId: number): void {
    const evse = this.ctx.evses.get(evseId);
    if (evse) this.updateCharging(evse, this.session(evse));
  }

  private startSampling(evse: EvseState): void {
    const seconds = this.ctx.settings.int('sampleInterval', 0);
    if (seconds <= 0 || this.ctx.faults.has('tx-no-meter-values')) return;
    // Fault sample-interval-drift (J block): a second late every interval (J02.FR.11).
    this.ctx.timers.interval(`sample-${evse.id}`, (seconds + (this.ctx.faults.has('sample-interval-drift') ? 1 : 0)) * 1000, () => {
      const s = this.sessions.get(evse.id);
      if (s?.tx) this.events.send(evse, s, 'Updated', 'MeterValuePeriodic', { chargingState: chargingStateOf(evse, s), meter: 'updated' });
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
  authorize(evse: EvseState, s: Session, token: IdToken, triggerReason: 'Authorized' | 'RemoteStart', remoteStartId?: number): void {
    s.authorized = true;
    s.energyOffered = cableLocks201(this.ctx, evse);
    s.token = token;
    s.pendingIdToken = token;
    if (remoteStartId !== undefined) s.pendingRemoteStartId = remoteStartId;
    if (s.tx) this.events.send(evse, s, 'Updated', triggerReason, { chargingState: preEnergyState(evse) });
    else {
      this.maybeStart(evse, s, triggerReason);
      if (!s.tx && triggerReason === 'RemoteStart') s.pendingTrigger = triggerReason;
    }
    if (!evse.ev.plugged) this.armConnectionTimeout(evse);
    this.updateCharging(evse, s);
  }

  /** The authorization ends (token presented again, remote stop, deauthorized by the CSMS): E06, E07, F03. */
  endAuthorization(evse: EvseState, s: Session, token: IdToken | undefined, triggerReason: string, stoppedReason: string): void {
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
      this.events.send(evse, s, 'Updated', triggerReason, { chargingState: s.tx.chargingState ?? preEnergyState(evse) });
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
      else if (stopsAt(this.ctx, 'ParkingBayOccupancy') && !this.deauthorizationEnds()) this.events.send(evse, s, 'Updated', 'EVConnectTimeout', { chargingState: chargingStateOf(evse, s) });
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
    // AQ-2: the cable lock keeps the EV from connecting before the session is authorized.
    if (this.ctx.options.features?.includes('AQ-2') && !this.sessions.get(evse.id)?.authorized) return Promise.resolve(skipped(`the cable lock of EVSE ${evse.id} opens only after authorization (AQ-2)`));
    // An EV set to "not ready" before it was connected stays suspended (E03, TC_E_38).
    evse.ev = { ...evse.ev, plugged: true, connectorId, cableInSocket: false };
    evse.meter.evConnected();
    const s = this.session(evse);
    s.evseDue = true;
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    this.ctx.evses.report(evse);
    const trigger = this.ctx.faults.has('wrong-trigger-reason') ? 'Authorized' : 'CablePluggedIn';
    if (s.tx) this.events.send(evse, s, 'Updated', trigger, { chargingState: preEnergyState(evse) });
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
      && (stopsAt(this.ctx, 'EVConnected', 'PowerPathClosed', 'EnergyTransfer') || (deauthorize && stopsAt(this.ctx, 'Authorized')));
    const lost = !this.ctx.faults.has('ev-disconnect-not-reported');
    const trigger = lost ? 'EVCommunicationLost' : 'ChargingStateChanged';
    if (ends) this.end(evse, s, trigger, 'EVDisconnected');
    else {
      this.events.send(evse, s, 'Updated', trigger, { chargingState: lost ? 'Idle' : 'SuspendedEV' });
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
      this.events.send(evse, s, 'Updated', trigger, { chargingState: 'EVConnected' });
    }
    return Promise.resolve(done({ evseId: evse.id, transactionId: s.tx?.id }));
  }

  parkingBay(evse: EvseState, occupied: boolean): Promise<OperatorResult> {
    if ((evse.ev.parked === true) === occupied) return Promise.resolve(skipped(`the parking bay of EVSE ${evse.id} is already ${occupied ? 'occupied' : 'free'}`));
    evse.ev = { ...evse.ev, parked: occupied };
    const s = this.session(evse);
    if (occupied) this.maybeStart(evse, s, 'EVDetected');
    else if (s.tx && stopsAt(this.ctx, 'ParkingBayOccupancy') && !evse.ev.plugged) {
      s.authorized = false;
      this.end(evse, s, 'EVDeparted', 'Local');
    } else if (!s.tx && !s.authorized) this.sessions.delete(evse.id);
    return Promise.resolve(done({ evseId: evse.id, transactionId: s.tx?.id }));
  }

  presentIdToken(target: EvseState | undefined, token: IdToken, authorizeExtra?: Parameters<TransactionEngine['presentIdToken']>[2]): Promise<OperatorResult> {
    return presentIdToken201(this.ctx, this, target, token, authorizeExtra);
  }

  selectMasterPassStop(evse: EvseState | undefined): Promise<OperatorResult> {
    return Promise.resolve(selectMasterPassStop201(this.ctx, this, evse));
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

  handlers(): HandlerTable {
    return requestHandlers201(this.ctx, this);
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
    for (const prefix of ['sample-', 'txended-', 'evconnect-', 'maxenergy-']) this.ctx.timers.clearPrefix(prefix);
  }

  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean {
    if (requested === 'MeterValues') return this.aligned.send('Trigger', evseId);
    let sent = false;
    for (const evse of this.ctx.evses.list) {
      if (evseId !== undefined && evse.id !== evseId) continue;
      const s = this.sessions.get(evse.id);
      if (!s?.tx) continue;
      this.events.send(evse, s, 'Updated', 'Trigger', { chargingState: chargingStateOf(evse, s), meter: 'trigger', withEvse: evseId === undefined });
      sent = true;
    }
    return sent;
  }
}
