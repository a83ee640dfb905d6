/**
 * OCPP 2.0.1 transactions (E, F): TransactionEvent Started/Updated/Ended driven by TxStartPoint /
 * TxStopPoint, seqNo from 0 without gaps (E 1.3.2.1), one trigger reason per event (E02.FR.17),
 * chargingState on every change (E02.FR.13), meter values at start, every TxUpdatedInterval and at
 * the end; RequestStart/StopTransaction, UnlockConnector, GetTransactionStatus.
 */
import { randomUUID } from 'node:crypto';
import type { Payload } from '../../rpc/codec.js';
import type { OperatorResult } from '../../engine/operator.js';
import type { StationContext } from './context.js';
import type { EvseState } from './evse.js';
import type { SettingName } from './settings.js';
import { AlignedMeterValues, done, pickFreeEvse, skipped, type EndCause, type TransactionEngine } from './transactions.js';
import { CHARGING_POWER_W } from './meter.js';
import type { HandlerTable, IdToken, StationOutcome } from './types.js';

type ChargingState = 'Charging' | 'EVConnected' | 'SuspendedEV' | 'SuspendedEVSE' | 'Idle';

interface Tx {
  id: string;
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
  /** An authorization that could not yet start a transaction: its trigger reason goes in the first message. */
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
    return evse.ev.plugged && evse.ev.connectorId === connectorId ? 'Occupied' : 'Available';
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

  private points(name: 'txStartPoint' | 'txStopPoint'): string[] {
    return this.ctx.settings.list(name);
  }

  private shouldStart(evse: EvseState, s: Session): boolean {
    const plugged = evse.ev.plugged;
    return this.points('txStartPoint').some((p) =>
      ((p === 'EVConnected' || p === 'ParkingBayOccupancy') && plugged)
      || (p === 'Authorized' && s.authorized)
      || ((p === 'PowerPathClosed' || p === 'EnergyTransfer') && plugged && s.authorized));
  }

  /** Does ending the authorization end the transaction (TxStopPoint Authorized / PowerPathClosed / EnergyTransfer)? */
  private deauthorizationEnds(): boolean {
    return this.points('txStopPoint').some((p) => p === 'Authorized' || p === 'PowerPathClosed' || p === 'EnergyTransfer');
  }

  private unplugEnds(): boolean {
    return this.ctx.settings.bool('stopTxOnEVSideDisconnect')
      || this.points('txStopPoint').some((p) => p === 'EVConnected' || p === 'ParkingBayOccupancy' || p === 'PowerPathClosed');
  }

  // --- sending ----------------------------------------------------------------------------------

  private nextSeqNo(tx: Tx): number {
    const seqNo = tx.seqNo;
    tx.seqNo += seqNo === 1 && this.ctx.faults.has('seqno-gap') ? 2 : 1;
    return seqNo;
  }

  private meterValue(evse: EvseState, kind: NonNullable<EventOptions['meter']>, tx: Tx): Payload[] | undefined {
    if (this.ctx.faults.has('tx-no-meter-values')) return undefined;
    const { settings } = this.ctx;
    const now = this.ctx.now();
    switch (kind) {
      case 'started': {
        const mv = evse.meter.meterValue(settings.list('startedMeasurands'), 'Transaction.Begin', '2.0.1', now);
        tx.begin = evse.meter.meterValue(settings.list('endedMeasurands'), 'Transaction.Begin', '2.0.1', now);
        return mv ? [mv] : undefined;
      }
      case 'updated': {
        const mv = evse.meter.meterValue(settings.list('sampledMeasurands'), 'Sample.Periodic', '2.0.1', now);
        return mv ? [mv] : undefined;
      }
      case 'trigger': {
        const mv = evse.meter.meterValue(settings.list('sampledMeasurands'), 'Trigger', '2.0.1', now);
        return mv ? [mv] : undefined;
      }
      case 'ended': {
        const end = evse.meter.meterValue(settings.list('endedMeasurands'), 'Transaction.End', '2.0.1', now);
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
    const idToken = s.pendingIdToken;
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
      ...(!this.ctx.link.isOnline ? { offline: true } : {}),
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
    if (status !== 'Accepted' && s?.tx === tx && s.authorized && this.ctx.settings.bool('stopTxOnInvalidId')) {
      this.ctx.log.info(`idToken ${idToken.idToken} is ${status}: deauthorizing transaction ${tx.id}`);
      this.endAuthorization(evse, s, undefined, 'Deauthorized', 'DeAuthorized');
    }
  }

  private start(evse: EvseState, s: Session, triggerReason: string): void {
    s.tx = { id: randomUUID(), seqNo: 0 };
    const trigger = s.pendingTrigger ?? triggerReason;
    delete s.pendingTrigger;
    this.sendEvent(evse, s, 'Started', trigger, { chargingState: this.preEnergyState(evse), meter: 'started' });
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

  /** Sends ChargingStateChanged when the energy flow changed (E02.FR.13) and sets the meter's power. */
  private updateCharging(evse: EvseState, s: Session): void {
    const state = this.chargingStateOf(evse, s);
    evse.meter.setPower(state === 'Charging' ? CHARGING_POWER_W : 0);
    if (s.tx && state !== s.tx.chargingState) this.sendEvent(evse, s, 'Updated', 'ChargingStateChanged', { chargingState: state });
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
    else if (this.ctx.evses.isUsable(evse) && this.shouldStart(evse, s)) this.start(evse, s, triggerReason);
    else s.pendingTrigger = triggerReason;
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
    if (this.deauthorizationEnds() || !evse.ev.plugged) this.end(evse, s, triggerReason, stoppedReason);
    else {
      evse.meter.setPower(0);
      this.sendEvent(evse, s, 'Updated', triggerReason, { chargingState: this.chargingStateOf(evse, s) });
    }
  }

  /** E03.FR.05: the driver did not plug in within EVConnectionTimeOut. */
  private armConnectionTimeout(evse: EvseState): void {
    const seconds = this.ctx.settings.int('evConnectionTimeOut', 0);
    if (seconds <= 0) return;
    this.ctx.timers.timeout(`evconnect-${evse.id}`, seconds * 1000, () => {
      const s = this.sessions.get(evse.id);
      if (!s || evse.ev.plugged || !s.authorized) return;
      this.ctx.log.info(`EVSE ${evse.id}: no EV connected within ${seconds} s`);
      s.authorized = false;
      if (s.tx) this.end(evse, s, 'EVConnectTimeout', 'Timeout');
      else this.sessions.delete(evse.id);
    });
  }

  // --- physical events --------------------------------------------------------------------------

  plugIn(evse: EvseState, connectorId: number): Promise<OperatorResult> {
    if (evse.ev.plugged) return Promise.resolve(skipped(`an EV is already plugged into EVSE ${evse.id}`));
    if (!evse.connectors.some((c) => c.id === connectorId)) return Promise.resolve(skipped(`EVSE ${evse.id} has no connector ${connectorId}`));
    evse.ev = { plugged: true, connectorId, suspended: false };
    evse.meter.evConnected();
    const s = this.session(evse);
    s.evseDue = true;
    this.ctx.timers.clear(`evconnect-${evse.id}`);
    this.ctx.evses.report(evse);
    const trigger = this.ctx.faults.has('wrong-trigger-reason') ? 'Authorized' : 'CablePluggedIn';
    if (s.tx) this.sendEvent(evse, s, 'Updated', trigger, { chargingState: this.preEnergyState(evse) });
    else if (this.ctx.evses.isUsable(evse) && this.shouldStart(evse, s)) this.start(evse, s, trigger);
    this.updateCharging(evse, s);
    return Promise.resolve(done({ evseId: evse.id, connectorId, transactionId: s.tx?.id }));
  }

  unplug(evse: EvseState): Promise<OperatorResult> {
    if (!evse.ev.plugged) return Promise.resolve(skipped(`no EV is plugged into EVSE ${evse.id}`));
    evse.ev = { plugged: false, connectorId: evse.ev.connectorId, suspended: false };
    evse.meter.setPower(0);
    const s = this.session(evse);
    const txId = s.tx?.id;
    if (s.tx && this.unplugEnds()) {
      s.authorized = false;
      this.end(evse, s, 'EVCommunicationLost', 'EVDisconnected');
    } else if (s.tx) {
      this.sendEvent(evse, s, 'Updated', 'EVCommunicationLost', { chargingState: 'Idle' });
      this.ctx.evses.report(evse);
    } else {
      this.sessions.delete(evse.id);
      this.ctx.evses.report(evse);
    }
    return Promise.resolve(done({ evseId: evse.id, transactionId: txId }));
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
      this.endAuthorization(stopping, s, token, 'StopAuthorized', 'Local');
      return done({ evseId: stopping.id, stopped: txId });
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
    if (!evse.ev.plugged) return Promise.resolve(skipped(`no EV is plugged into EVSE ${evse.id}`));
    if (evse.ev.suspended === suspended) return Promise.resolve(skipped(`the EV on EVSE ${evse.id} is already ${suspended ? 'suspended' : 'charging'}`));
    evse.ev.suspended = suspended;
    this.updateCharging(evse, this.session(evse));
    return Promise.resolve(done({ evseId: evse.id }));
  }

  // --- whole-station events ---------------------------------------------------------------------

  endAll(cause: EndCause): void {
    for (const evse of this.ctx.evses.list) {
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
        if (this.ctx.provisioning.registration !== 'Accepted') return { payload: { status: 'Rejected' } };
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
        return { payload: { status: 'Accepted' }, after: () => this.endAuthorization(evse, this.session(evse), undefined, 'RemoteStop', 'Remote') };
      },
      GetTransactionStatus: (p) => {
        const queued = this.ctx.outbox.queued('TransactionEvent') > 0;
        if (p.transactionId === undefined) return { payload: { messagesInQueue: queued } };
        return { payload: { ongoingIndicator: this.transactionIds().includes(String(p.transactionId)), messagesInQueue: queued } };
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
