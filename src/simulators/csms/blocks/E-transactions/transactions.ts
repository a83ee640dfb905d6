import type { Payload } from '../../../../rpc/codec.js';
import { callError, ok, type CsmsContext, type HandlerTable, type Reply, type TransactionRecord } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { refusedTransactionMeterValues, type MeterValuesFaultName } from '../J-meter-values/port.js';

/** The faults this block asks about: its own, and J Meter values' on the meter values a TransactionEvent carries. */
type Faults = (typeof FAULTS)[number]['name'] | MeterValuesFaultName;
type Ctx = CsmsContext<Faults>;

export const transactionKey = (stationId: string, transactionId: string): string => `${stationId}\u0000${transactionId}`;

function record(ctx: Ctx, transactionId: string, init: Partial<TransactionRecord>): TransactionRecord {
  const key = transactionKey(ctx.session.stationId, transactionId);
  let tx = ctx.csms.transactions.get(key);
  if (!tx) {
    tx = { stationId: ctx.session.stationId, transactionId, state: 'Active', startedAt: ctx.csms.now().toISOString(), seqNoGaps: [], events: 0, ...init };
    ctx.csms.transactions.set(key, tx);
  }
  tx.events += 1;
  return tx;
}

/** 2.0.1 E: sequence numbers must run on without gaps (2.0.1 part 2, E "Sequence numbers"). */
function checkSeqNo(ctx: Ctx, tx: TransactionRecord, seqNo: number): void {
  const last = tx.lastSeqNo;
  if (last === undefined || seqNo === last + 1) {
    tx.lastSeqNo = seqNo;
    return;
  }
  if (seqNo > last + 1) {
    for (let n = last + 1; n < seqNo && tx.seqNoGaps.length < 1000; n++) tx.seqNoGaps.push(n);
    tx.lastSeqNo = seqNo;
    ctx.csms.log(`${tx.stationId}: transaction ${tx.transactionId} seqNo jumped from ${last} to ${seqNo}`, 'warn');
  } else if (tx.seqNoGaps.includes(seqNo)) {
    tx.seqNoGaps = tx.seqNoGaps.filter((n) => n !== seqNo);
  } else {
    ctx.csms.log(`${tx.stationId}: transaction ${tx.transactionId} seqNo ${seqNo} repeats or goes back (last ${last})`, 'warn');
  }
}

/** Triggers that end a transaction under TxStopPoint Authorized (E06 S3): what the `tx-stop-only-authorized` fault still understands. */
const AUTHORIZATION_STOPS = new Set(['StopAuthorized', 'RemoteStop', 'Deauthorized', 'EVConnectTimeout']);

/**
 * The transaction faults (src/simulators/faults.ts): a CSMS written for one fixed TxStartPoint /
 * TxStopPoint, or with too strict a view of seqNo and chargingState, refuses events a conformant
 * CSMS must take (E01, E06, E10, E 1.3.2). `tx` is the record before this event is applied.
 */
function refusedEvent(p: Payload, ctx: Ctx, tx: TransactionRecord | undefined): Reply | undefined {
  const has = ctx.csms.hasFault;
  const eventType = String(p.eventType);
  const trigger = String(p.triggerReason);
  const info = (p.transactionInfo ?? {}) as { chargingState?: string };
  const seqNo = typeof p.seqNo === 'number' ? p.seqNo : undefined;
  const refuse = (why: string) => callError('PropertyConstraintViolation', why);
  if (has('tx-start-only-authorized') && eventType === 'Started' && trigger !== 'Authorized' && trigger !== 'RemoteStart') {
    return refuse(`a transaction starts on authorization here, not on ${trigger}`);
  }
  if (has('tx-stop-only-evconnected') && eventType === 'Ended' && trigger !== 'EVCommunicationLost') {
    return refuse(`a transaction ends when the EV disconnects here, not on ${trigger}`);
  }
  if (has('tx-stop-only-authorized') && eventType === 'Ended' && !AUTHORIZATION_STOPS.has(trigger)) {
    return refuse(`a transaction ends when its authorization ends here, not on ${trigger}`);
  }
  if (has('tx-suspended-ev-unhandled') && info.chargingState === 'SuspendedEV') return refuse('unexpected chargingState SuspendedEV');
  if (has('tx-ev-disconnect-ends-transaction') && tx?.state === 'Ended') return refuse(`transaction ${tx.transactionId} has ended`);
  if (has('tx-rejects-seqno-gap') && seqNo !== undefined && tx?.lastSeqNo !== undefined && seqNo > tx.lastSeqNo + 1) {
    return refuse(`seqNo ${seqNo} does not follow ${tx.lastSeqNo}`);
  }
  if (has('tx-seqno-per-station') && eventType === 'Started' && seqNo !== undefined) {
    const last = Math.max(-1, ...[...ctx.csms.transactions.values()]
      .filter((t) => t.stationId === ctx.session.stationId && t !== tx && t.lastSeqNo !== undefined).map((t) => t.lastSeqNo as number));
    if (seqNo <= last) return refuse(`seqNo ${seqNo} goes back (last ${last})`);
  }
  return undefined;
}

function transactionEvent(p: Payload, ctx: Ctx) {
  const info = (p.transactionInfo ?? {}) as { transactionId?: string; stoppedReason?: string; remoteStartId?: number };
  const evse = p.evse as { id?: number; connectorId?: number } | undefined;
  const token = p.idToken as { idToken?: string; type?: string } | undefined;
  const eventType = String(p.eventType);
  const refused = refusedEvent(p, ctx, ctx.csms.transactions.get(transactionKey(ctx.session.stationId, String(info.transactionId))))
    ?? refusedTransactionMeterValues(p, (name) => ctx.csms.hasFault(name));
  if (refused) return refused;
  const tx = record(ctx, String(info.transactionId), { startedAt: String(p.timestamp) });
  if (eventType === 'Started' && tx.events > 1) ctx.csms.log(`${tx.stationId}: second Started event for transaction ${tx.transactionId}`, 'warn');
  if (evse?.id !== undefined) tx.evseId = evse.id;
  if (evse?.connectorId !== undefined) tx.connectorId = evse.connectorId;
  if (token?.idToken !== undefined && tx.idToken === undefined) tx.idToken = token.idToken;
  if (info.remoteStartId !== undefined) tx.remoteStartId = info.remoteStartId;
  if (typeof p.seqNo === 'number') checkSeqNo(ctx, tx, p.seqNo);
  if (eventType === 'Ended' || (p.triggerReason === 'EVCommunicationLost' && ctx.csms.hasFault('tx-ev-disconnect-ends-transaction'))) {
    tx.state = 'Ended';
    tx.endedAt = String(p.timestamp);
    if (info.stoppedReason !== undefined) tx.stoppedReason = info.stoppedReason;
  }
  ctx.csms.emit('transaction', { record: tx, eventType, request: p });
  // E02.FR.02, E03.FR.02, E05.FR.01: an idToken in the request gets its authorization status back.
  // E01.FR.11/E02.FR.04: the CSMS verifies the token itself, whatever the station concluded locally.
  if (!token || ctx.csms.hasFault('tx-no-idtokeninfo')) return ok({});
  return ok({ idTokenInfo: ctx.csms.authorization.idTokenInfo(ctx, token, ctx.csms.hasFault('tx-accepts-invalid-idtoken') ? 'Accepted' : undefined) });
}

function startTransaction(p: Payload, ctx: Ctx) {
  const transactionId = ctx.csms.nextTransactionId();
  const idTag = String(p.idTag ?? '');
  const tx = record(ctx, String(transactionId), {
    connectorId: Number(p.connectorId), idToken: idTag, meterStart: Number(p.meterStart), startedAt: String(p.timestamp),
  });
  ctx.csms.emit('transaction', { record: tx, eventType: 'Started', request: p });
  const info = ctx.csms.authorization.idTagInfo(ctx, idTag);
  if (info.status === 'Accepted' && ctx.csms.hasFault('tx-start-rejected')) info.status = 'Invalid';
  return ok({ transactionId, idTagInfo: info });
}

function stopTransaction(p: Payload, ctx: Ctx) {
  const tx = record(ctx, String(p.transactionId), {});
  if (tx.events === 1) ctx.csms.log(`${tx.stationId}: StopTransaction for unknown transaction ${tx.transactionId}`, 'warn');
  tx.state = 'Ended';
  tx.endedAt = String(p.timestamp);
  tx.meterStop = Number(p.meterStop);
  if (p.reason !== undefined) tx.stoppedReason = String(p.reason);
  ctx.csms.emit('transaction', { record: tx, eventType: 'Ended', request: p });
  return ok(typeof p.idTag === 'string' ? { idTagInfo: ctx.csms.authorization.idTagInfo(ctx, p.idTag) } : {});
}

export const transactionHandlers: HandlerTable<Faults> = {
  TransactionEvent: transactionEvent,
  StartTransaction: startTransaction,
  StopTransaction: stopTransaction,
};

/** E Transactions answers TransactionEvent (2.0.1) and Start/StopTransaction (1.6); MeterValues is J Meter values'. */
export const create: CsmsBlockFactory<Faults> = () => ({ handlers: () => transactionHandlers });
