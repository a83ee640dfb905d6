/**
 * OCPP 2.0.1 transactions, the messages: each TransactionEvent with its seqNo (from 0 without gaps,
 * E 1.3.2.1), the fields it carries (E01.FR.16, E03.FR.01, E11.FR.02) and what its answer changes
 * (idTokenInfo cached; a non-Accepted status deauthorizes under StopTxOnInvalidId, E05).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { EvseState } from '../../ports.js';
import type { IdToken, StationOutcome } from '../../types.js';
import { onIdTokenNotAccepted } from './invalid-id-201.js';
import { transactionMeterValues, type Engine201, type EventOptions, type Session, type Tx } from './session-201.js';

export class TransactionEvents201 {
  private readonly ctx: StationContext;
  private readonly engine: Engine201;
  /** Per EVSE, the next seqNo (kept across transactions and reboots: the station's counter, Part 2 E "Sequence Number Generation"). */
  private readonly evseSeqNo = new Map<number, number>();

  constructor(ctx: StationContext, engine: Engine201) {
    this.ctx = ctx;
    this.engine = engine;
  }

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
  firstSeqNo(evseId: number): number {
    return this.ctx.options.behaviour.seqNo === 'continuous' ? this.evseSeqNo.get(evseId) ?? 0 : 0;
  }

  send(evse: EvseState, s: Session, eventType: 'Started' | 'Updated' | 'Ended', triggerReason: string, o: EventOptions): void {
    const tx = s.tx;
    if (!tx) return;
    const includeState = eventType === 'Started' || o.chargingState !== tx.chargingState || triggerReason === 'ChargingStateChanged' || triggerReason === 'Trigger';
    tx.chargingState = o.chargingState;
    const idToken = this.ctx.faults.has('tx-no-idtoken') ? undefined : s.pendingIdToken;
    const remoteStartId = s.pendingRemoteStartId;
    delete s.pendingIdToken;
    const reservationId = s.pendingReservationId;
    delete s.pendingRemoteStartId;
    delete s.pendingReservationId;
    const meterValue = o.meterValues ?? (o.meter ? transactionMeterValues(this.ctx, evse, o.meter, tx) : undefined);
    const includeEvse = s.evseDue || eventType === 'Started' || o.withEvse === true;
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
      ...(reservationId !== undefined ? { reservationId } : {}),
      ...(meterValue ? { meterValue } : {}),
      // E11.FR.02 / E12.FR.02: created while offline, delivered later with offline = true (not with the fault offline-flag-missing).
      ...(!this.ctx.link.isOnline && !this.ctx.faults.has('offline-flag-missing') ? { offline: true } : {}),
    };
    this.ctx.log.debug(`TransactionEvent ${eventType} ${triggerReason} seqNo ${String(payload.seqNo)} queued`);
    void this.ctx.send('TransactionEvent', payload, { queue: true, onOutcome: (out) => this.onResponse(evse, tx, idToken, out) });
  }

  /** TransactionEventResponse: cache the idTokenInfo; a non-Accepted status deauthorizes or stops the energy (E05, invalid-id-201.ts). */
  private onResponse(evse: EvseState, tx: Tx, idToken: IdToken | undefined, outcome: StationOutcome): void {
    if (outcome.kind !== 'result' || !idToken) return;
    const info = outcome.payload.idTokenInfo as Payload | undefined;
    if (!info) return;
    this.ctx.auth.remember(idToken, info);
    const s = this.engine.sessions.get(evse.id);
    const status = this.ctx.auth.statusOf(info);
    if (status !== 'Accepted' && s?.tx === tx && s.authorized) onIdTokenNotAccepted(this.ctx, this.engine, evse, s, tx, status);
  }
}
