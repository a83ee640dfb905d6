/**
 * OCPP 1.6 transactions: StartTransaction when an authorized driver's EV is connected (the CSMS
 * issues the transactionId), MeterValues every MeterValueSampleInterval, StopTransaction with its
 * reason; connector statuses Preparing / Charging / SuspendedEV / SuspendedEVSE / Finishing;
 * RemoteStart/StopTransaction and UnlockConnector. Transaction messages are queued while offline;
 * the transactionId of a StopTransaction is filled in when it is actually sent.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { OperatorResult } from '../../../../domain/operator-actions.js';
import type { StationContext } from '../../context.js';
import type { SettingName } from '../../settings.js';
import { AlignedMeterValues, done, pickFreeEvse, skipped, type TransactionEngine } from './transactions.js';
import { CHARGING_POWER_W } from '../../meter.js';
import type { HandlerTable, IdToken, StationOutcome } from '../../types.js';
import { lockForTransaction } from './hardware.js';
import type { EndCause } from './port.js';
import type { EvseState } from '../../ports.js';
import { claimReserved16, reservedForOther, startOnReservation } from './reserved-16.js';

interface Tx {
  localId: number;
  /** Issued by the CSMS in StartTransaction.conf. */
  transactionId?: number;
  idTag: string;
  meterStart: number;
  /** Epoch ms of the StartTransaction.req. */
  startedAt: number;
  /** The CSMS did not accept the id tag and StopTransactionOnInvalidId is false: no energy (SuspendedEVSE). */
  blocked: boolean;
  /** The idTag's parentIdTag, when known (1.6 3.10: another idTag of the same parent may stop the transaction). */
  parentIdTag?: string;
}

interface Session {
  token?: IdToken;
  authorized: boolean;
  tx?: Tx;
  /** The transaction ended and the cable is still in (Finishing). */
  finishing: boolean;
  /** The reservation the authorized idTag holds on this connector (5.13): its transaction names it. */
  reservationId?: number;
}

const END_REASON: Record<EndCause, string> = { 'reset-immediate': 'Reboot', 'reset-hard': 'HardReset', 'reset-soft': 'SoftReset', 'power-loss': 'PowerLoss' };

export class Transactions16 implements TransactionEngine {
  private readonly ctx: StationContext;
  private readonly sessions = new Map<number, Session>();
  private localIds = 0;
  readonly aligned: AlignedMeterValues;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.aligned = new AlignedMeterValues(ctx);
  }

  private session(evse: EvseState): Session {
    let s = this.sessions.get(evse.id);
    if (!s) {
      s = { authorized: false, finishing: false };
      this.sessions.set(evse.id, s);
    }
    return s;
  }

  // --- queries ----------------------------------------------------------------------------------

  sessionStatus(evse: EvseState): string {
    const s = this.sessions.get(evse.id);
    if (s?.tx) {
      if (s.tx.blocked) return 'SuspendedEVSE';
      if (!evse.ev.plugged || evse.ev.suspended) return 'SuspendedEV';
      return 'Charging';
    }
    if (s?.finishing && evse.ev.plugged) return 'Finishing';
    if (evse.ev.plugged || s?.authorized) return 'Preparing';
    return 'Available';
  }

  hasTransaction(evseId?: number): boolean {
    if (evseId === undefined) return [...this.sessions.values()].some((s) => s.tx);
    return this.sessions.get(evseId)?.tx !== undefined;
  }

  transactionOn(evseId: number): { transactionId?: string; startedAt: number } | undefined {
    const tx = this.sessions.get(evseId)?.tx;
    return tx ? { ...(tx.transactionId !== undefined ? { transactionId: String(tx.transactionId) } : {}), startedAt: tx.startedAt } : undefined;
  }

  transactionIds(): string[] {
    return [...this.sessions.values()].flatMap((s) => (s.tx?.transactionId !== undefined ? [String(s.tx.transactionId)] : []));
  }

  snapshot(): unknown[] {
    return [...this.sessions.entries()].filter(([, s]) => s.tx || s.authorized).map(([connectorId, s]) => ({
      connectorId, transactionId: s.tx?.transactionId, authorized: s.authorized, idTag: s.token?.idToken,
    }));
  }

  private applyPower(evse: EvseState): void {
    const s = this.sessions.get(evse.id);
    const charging = s?.tx && !s.tx.blocked && evse.ev.plugged && !evse.ev.suspended;
    evse.meter.setPower(charging ? CHARGING_POWER_W : 0);
  }

  // --- transactions -----------------------------------------------------------------------------

  private startTx(evse: EvseState, s: Session): void {
    const token = s.token as IdToken;
    if (!lockForTransaction(this.ctx, evse)) {
      // 1.6 TC_024: the cable cannot be locked, so no transaction; the connector reports ConnectorLockFailure.
      s.authorized = false;
      this.ctx.timers.clear(`conntimeout-${evse.id}`);
      this.ctx.evses.report(evse);
      return;
    }
    const parent = this.ctx.auth.groupOf(token);
    const tx: Tx = { localId: ++this.localIds, idTag: token.idToken, meterStart: evse.meter.energyWh, startedAt: Date.now(), blocked: false, ...(parent ? { parentIdTag: parent } : {}) };
    s.tx = tx;
    s.finishing = false;
    this.ctx.timers.clear(`conntimeout-${evse.id}`);
    const reserved = startOnReservation(this.ctx, evse, s.reservationId);
    delete s.reservationId;
    const payload = { connectorId: evse.id, idTag: tx.idTag, meterStart: tx.meterStart, ...reserved, timestamp: this.ctx.now() };
    void this.ctx.send('StartTransaction', payload, { queue: true, onOutcome: (o) => this.onStartAnswer(evse, tx, token, o) });
    this.applyPower(evse);
    this.ctx.evses.report(evse);
    this.startSampling(evse);
    this.ctx.emit('transaction', { evseId: evse.id, localId: tx.localId, event: 'started' });
  }

  private onStartAnswer(evse: EvseState, tx: Tx, token: IdToken, outcome: StationOutcome): void {
    if (outcome.kind !== 'result') return;
    tx.transactionId = Number(outcome.payload.transactionId);
    const info = outcome.payload.idTagInfo as Payload | undefined;
    if (info) this.ctx.auth.remember(token, info);
    if (typeof info?.parentIdTag === 'string') tx.parentIdTag = info.parentIdTag;
    this.ctx.emit('transaction', { evseId: evse.id, localId: tx.localId, transactionId: tx.transactionId, event: 'confirmed' });
    const s = this.sessions.get(evse.id);
    if (!info || this.ctx.auth.statusOf(info) === 'Accepted' || s?.tx !== tx) return;
    if (this.ctx.faults.has('start-tx-invalid-ignored')) return;
    if (this.ctx.settings.bool('stopTxOnInvalidId')) this.stopTx(evse, 'DeAuthorized');
    else {
      tx.blocked = true;
      this.applyPower(evse);
      this.ctx.evses.report(evse);
    }
  }

  private stopTx(evse: EvseState, cause: string, idTag?: string): void {
    // Fault stop-reason-local: every transaction ends as if the driver stopped it (1.6 4.10: Reason SHOULD be correct).
    const reason = this.ctx.faults.has('stop-reason-local') ? 'Local' : cause;
    const s = this.session(evse);
    const tx = s.tx;
    if (!tx) return;
    s.tx = undefined;
    s.authorized = false;
    s.finishing = evse.ev.plugged;
    this.ctx.timers.clear(`sample-${evse.id}`);
    evse.meter.setPower(0);
    const meterStop = evse.meter.energyWh;
    const timestamp = this.ctx.now();
    const measurands = this.ctx.settings.list('endedMeasurands');
    const endValue = measurands.length && !this.ctx.faults.has('tx-no-meter-values')
      ? evse.meter.meterValue(measurands, 'Transaction.End', '1.6', timestamp) : undefined;
    const build = (): Payload => ({
      transactionId: tx.transactionId ?? -1, meterStop, timestamp, reason,
      ...(idTag ? { idTag } : {}), ...(endValue ? { transactionData: [endValue] } : {}),
    });
    void this.ctx.send('StopTransaction', build, { queue: true });
    this.ctx.emit('transaction', { evseId: evse.id, localId: tx.localId, transactionId: tx.transactionId, event: 'ended', reason });
    this.ctx.evses.transactionEnded(evse.id);
    this.ctx.provisioning.transactionEnded();
  }

  private startSampling(evse: EvseState): void {
    const seconds = this.ctx.settings.int('sampleInterval', 0);
    if (seconds <= 0 || this.ctx.faults.has('tx-no-meter-values')) return;
    this.ctx.timers.interval(`sample-${evse.id}`, seconds * 1000, () => {
      const tx = this.sessions.get(evse.id)?.tx;
      if (!tx) return;
      const meterValue = evse.meter.meterValue(this.ctx.settings.list('sampledMeasurands'), 'Sample.Periodic', '1.6', this.ctx.now());
      if (!meterValue) return;
      void this.ctx.send('MeterValues', () => ({ connectorId: evse.id, ...(tx.transactionId !== undefined ? { transactionId: tx.transactionId } : {}), meterValue: [meterValue] }), { queue: true });
    });
  }

  onSettingChanged(name: SettingName): void {
    if (name === 'sampleInterval') {
      this.ctx.timers.clearPrefix('sample-');
      for (const evse of this.ctx.evses.list) if (this.sessions.get(evse.id)?.tx) this.startSampling(evse);
    }
    if (name === 'alignedInterval') this.aligned.restart();
  }

  /** Authorized without a cable: back to Available after ConnectionTimeOut (1.6 status B1). */
  private armConnectionTimeout(evse: EvseState): void {
    const seconds = this.ctx.settings.int('evConnectionTimeOut', 0);
    if (seconds <= 0 || this.ctx.faults.has('connection-timeout-ignored')) return;
    this.ctx.timers.timeout(`conntimeout-${evse.id}`, seconds * 1000, () => {
      const s = this.sessions.get(evse.id);
      if (!s || s.tx || evse.ev.plugged) return;
      this.ctx.log.info(`connector ${evse.id}: no EV connected within ${seconds} s`);
      this.sessions.delete(evse.id);
      this.ctx.evses.report(evse);
    });
  }

  /** `token` is authorized on `evse`: false (nothing changes) when the connector is reserved for another idTag (5.13). */
  private authorized(evse: EvseState, s: Session, token: IdToken, decision?: Awaited<ReturnType<StationContext['auth']['authorize']>>): boolean {
    const claim = claimReserved16(this.ctx, evse, token, decision);
    if (!claim.allowed) return false;
    if (claim.reservationId !== undefined) s.reservationId = claim.reservationId;
    s.authorized = true;
    s.token = token;
    if (evse.ev.plugged) this.startTx(evse, s);
    else {
      this.armConnectionTimeout(evse);
      this.ctx.evses.report(evse);
    }
    return true;
  }

  // --- physical events --------------------------------------------------------------------------

  plugIn(evse: EvseState): Promise<OperatorResult> {
    if (evse.ev.plugged) return Promise.resolve(skipped(`an EV is already plugged into connector ${evse.id}`));
    evse.ev = { plugged: true, connectorId: 1, suspended: false };
    evse.meter.evConnected();
    const s = this.session(evse);
    s.finishing = false;
    if (s.authorized && !s.tx && this.ctx.evses.isUsable(evse)) this.startTx(evse, s);
    else {
      this.applyPower(evse);
      this.ctx.evses.report(evse);
    }
    return Promise.resolve(done({ connectorId: evse.id }));
  }

  unplug(evse: EvseState): Promise<OperatorResult> {
    if (!evse.ev.plugged) return Promise.resolve(skipped(`no EV is plugged into connector ${evse.id}`));
    evse.ev = { plugged: false, connectorId: 1, suspended: false };
    const s = this.session(evse);
    const txId = s.tx?.transactionId;
    s.finishing = false;
    const stopOnDisconnect = this.ctx.settings.bool('stopTxOnEVSideDisconnect') !== this.ctx.faults.has('ev-disconnect-setting-inverted');
    if (s.tx && stopOnDisconnect) this.stopTx(evse, 'EVDisconnected');
    else {
      if (!s.tx) this.sessions.delete(evse.id);
      this.applyPower(evse);
      this.ctx.evses.report(evse);
    }
    return Promise.resolve(done({ connectorId: evse.id, transactionId: txId }));
  }

  /** The connector whose transaction `token` stops: the same idTag, or an idTag of the same parent (1.6 3.10). */
  private stoppable(target: EvseState | undefined, token: IdToken, parent: string | undefined): EvseState | undefined {
    return this.ctx.evses.list.find((e) => {
      const tx = this.sessions.get(e.id)?.tx;
      if (!tx || (target && target.id !== e.id)) return false;
      if (tx.idTag === token.idToken) return true;
      if (parent === undefined || this.ctx.faults.has('parent-id-tag-ignored')) return false;
      return (tx.parentIdTag ?? this.ctx.auth.groupOf({ idToken: tx.idTag, type: token.type })) === parent;
    });
  }

  async presentIdToken(target: EvseState | undefined, token: IdToken): Promise<OperatorResult> {
    let stopping = this.stoppable(target, token, this.ctx.auth.groupOf(token));
    const isFree = (e: EvseState) => !this.sessions.get(e.id)?.authorized && !this.sessions.get(e.id)?.tx;
    let decision: Awaited<ReturnType<StationContext['auth']['authorize']>> | undefined;
    if (!stopping && this.hasTransaction(target?.id) && !(target ? isFree(target) : pickFreeEvse(this.ctx, isFree))) {
      // Another idTag at a busy station: it may stop a transaction when its parentIdTag matches (1.6 3.10, 4.1).
      decision = await this.ctx.auth.authorize(token);
      const parent = typeof decision.info?.parentIdTag === 'string' ? decision.info.parentIdTag : undefined;
      if (decision.status === 'Accepted') stopping = this.stoppable(target, token, parent);
    }
    if (stopping) {
      const tx = this.sessions.get(stopping.id)?.tx;
      // 1.6 4.1: Authorize only when the idTag differs from the one that started the transaction.
      if (tx?.idTag === token.idToken && this.ctx.faults.has('stop-authorizes-same-tag')) await this.ctx.auth.authorize(token);
      this.stopTx(stopping, 'Local', token.idToken);
      return done({ connectorId: stopping.id, stopped: tx?.transactionId });
    }
    if (decision) return done({ authorization: decision.status, stopped: false });
    const evse = target ?? pickFreeEvse(this.ctx, isFree);
    if (!evse) return skipped('no connector is free for a new session');
    const s = this.session(evse);
    if (!s.tx && s.authorized && s.token?.idToken === token.idToken) {
      // 1.6 4.9 B1: a second presentation of the idTag ends the intended usage.
      this.sessions.delete(evse.id);
      this.ctx.timers.clear(`conntimeout-${evse.id}`);
      this.ctx.evses.report(evse);
      return done({ connectorId: evse.id, cancelled: true });
    }
    if (s.tx || s.authorized) return skipped(`connector ${evse.id} is already in use`);
    // The card was presented; an unusable (faulted, unavailable) connector starts nothing.
    if (!this.ctx.evses.isUsable(evse)) return done({ connectorId: evse.id, refused: 'connector not available' });
    // 5.13: a connector reserved for another idTag (no parentIdTag to learn) refuses the card without asking the CSMS.
    if (reservedForOther(this.ctx, evse, token)) return done({ connectorId: evse.id, refused: 'connector reserved for another idTag' });
    if (this.ctx.faults.has('authorize-skipped')) {
      this.ctx.log.debug(`fault authorize-skipped: ${token.idToken} not authorized`);
      this.authorized(evse, s, token);
      return done({ connectorId: evse.id, authorization: 'Skipped' });
    }
    const auth = await this.ctx.auth.authorize(token);
    if (auth.status !== 'Accepted' && !this.ctx.faults.has('authorize-status-ignored')) {
      this.ctx.log.info(`idTag ${token.idToken} not accepted (${auth.status}, ${auth.source})`);
      return done({ connectorId: evse.id, authorization: auth.status });
    }
    if (!this.authorized(evse, s, token, auth)) return done({ connectorId: evse.id, refused: 'connector reserved for another idTag' });
    return done({ connectorId: evse.id, authorization: 'Accepted' });
  }

  setSuspended(evse: EvseState, suspended: boolean): Promise<OperatorResult> {
    if (!evse.ev.plugged) return Promise.resolve(skipped(`no EV is plugged into connector ${evse.id}`));
    if (evse.ev.suspended === suspended) return Promise.resolve(skipped(`the EV on connector ${evse.id} is already ${suspended ? 'suspended' : 'charging'}`));
    evse.ev.suspended = suspended;
    this.applyPower(evse);
    this.ctx.evses.report(evse);
    return Promise.resolve(done({ connectorId: evse.id }));
  }

  // --- whole-station events ---------------------------------------------------------------------

  endAll(cause: EndCause): void {
    for (const evse of this.ctx.evses.list) if (this.sessions.get(evse.id)?.tx) this.stopTx(evse, END_REASON[cause]);
  }

  clear(): void {
    this.sessions.clear();
    this.ctx.timers.clearPrefix('sample-');
    this.ctx.timers.clearPrefix('conntimeout-');
  }

  trigger(requested: 'TransactionEvent' | 'MeterValues', evseId?: number): boolean {
    if (requested !== 'MeterValues') return false;
    return this.aligned.send('Trigger', evseId, (evse) => {
      const tx = this.sessions.get(evse.id)?.tx;
      return tx ? () => tx.transactionId : undefined;
    });
  }

  // --- CSMS requests ----------------------------------------------------------------------------

  handlers(): HandlerTable {
    return {
      RemoteStartTransaction: (p) => {
        if (this.ctx.provisioning.registration !== 'Accepted' || this.ctx.faults.has('remote-start-rejected')) return { payload: { status: 'Rejected' } };
        const evse = p.connectorId !== undefined
          ? this.ctx.evses.get(Number(p.connectorId))
          : pickFreeEvse(this.ctx, (e) => !this.sessions.get(e.id)?.authorized && !this.sessions.get(e.id)?.tx);
        const s = evse ? this.sessions.get(evse.id) : undefined;
        if (!evse || !this.ctx.evses.isUsable(evse) || s?.tx || s?.authorized) {
          // Fault remote-start-always-accepted: connector 0, an unknown or a busy connector is not refused (nothing starts).
          return { payload: { status: this.ctx.faults.has('remote-start-always-accepted') ? 'Accepted' : 'Rejected' } };
        }
        const token: IdToken = { idToken: String(p.idTag), type: 'ISO14443' };
        return {
          payload: { status: 'Accepted' },
          after: async () => {
            let decision: Awaited<ReturnType<StationContext['auth']['authorize']>> | undefined;
            if (this.ctx.settings.bool('authorizeRemoteStart')) {
              decision = await this.ctx.auth.authorize(token);
              if (decision.status !== 'Accepted' && !this.ctx.faults.has('authorize-status-ignored')) return;
            }
            this.authorized(evse, this.session(evse), token, decision);
          },
        };
      },
      RemoteStopTransaction: (p) => {
        let evse = this.ctx.evses.list.find((e) => this.sessions.get(e.id)?.tx?.transactionId === Number(p.transactionId));
        if (!evse && this.ctx.faults.has('remote-stop-ignores-id')) evse = this.ctx.evses.list.find((e) => this.sessions.get(e.id)?.tx);
        if (!evse) return { payload: { status: 'Rejected' } };
        const target = evse;
        return { payload: { status: 'Accepted' }, after: () => this.stopTx(target, 'Remote') };
      },
      UnlockConnector: (p) => {
        const evse = this.ctx.evses.get(Number(p.connectorId));
        // Errata 3.87: an unknown connectorId is answered NotSupported.
        if (!evse) return { payload: { status: this.ctx.faults.has('unlock-unknown-connector') ? 'Unlocked' : 'NotSupported' } };
        const stop = () => {
          if (this.sessions.get(evse.id)?.tx) this.stopTx(evse, 'UnlockCommand');
        };
        // A permanently attached cable has no lock to open (errata 3.84).
        if (this.ctx.options.fixedCable) {
          return this.ctx.faults.has('unlock-fixed-cable') ? { payload: { status: 'Unlocked' }, after: stop } : { payload: { status: 'NotSupported' } };
        }
        // 5.18: a transaction on the connector is finished first, then the lock is operated.
        if (this.ctx.faults.has('unlock-rejected')) return { payload: { status: 'UnlockFailed' } };
        if (evse.lockBroken && !this.ctx.faults.has('lock-state-ignored')) return { payload: { status: 'UnlockFailed' }, after: stop };
        return { payload: { status: 'Unlocked' }, after: stop };
      },
    };
  }
}
