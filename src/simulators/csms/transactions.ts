import type { Payload } from '../../rpc/codec.js';
import { idTagInfo, idTokenInfo } from './authorization.js';
import { ok, type CsmsContext, type HandlerTable, type TransactionRecord } from './types.js';

export const transactionKey = (stationId: string, transactionId: string): string => `${stationId}\u0000${transactionId}`;

/** The station's most recent transaction still running, if any. */
export function liveTransaction(transactions: ReadonlyMap<string, TransactionRecord>, stationId: string): TransactionRecord | undefined {
  let live: TransactionRecord | undefined;
  for (const t of transactions.values()) if (t.stationId === stationId && t.state === 'Active') live = t;
  return live;
}

function record(ctx: CsmsContext, transactionId: string, init: Partial<TransactionRecord>): TransactionRecord {
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
function checkSeqNo(ctx: CsmsContext, tx: TransactionRecord, seqNo: number): void {
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

function transactionEvent(p: Payload, ctx: CsmsContext) {
  const info = (p.transactionInfo ?? {}) as { transactionId?: string; stoppedReason?: string; remoteStartId?: number };
  const evse = p.evse as { id?: number; connectorId?: number } | undefined;
  const token = p.idToken as { idToken?: string; type?: string } | undefined;
  const eventType = String(p.eventType);
  const tx = record(ctx, String(info.transactionId), { startedAt: String(p.timestamp) });
  if (eventType === 'Started' && tx.events > 1) ctx.csms.log(`${tx.stationId}: second Started event for transaction ${tx.transactionId}`, 'warn');
  if (evse?.id !== undefined) tx.evseId = evse.id;
  if (evse?.connectorId !== undefined) tx.connectorId = evse.connectorId;
  if (token?.idToken !== undefined && tx.idToken === undefined) tx.idToken = token.idToken;
  if (info.remoteStartId !== undefined) tx.remoteStartId = info.remoteStartId;
  if (typeof p.seqNo === 'number') checkSeqNo(ctx, tx, p.seqNo);
  if (eventType === 'Ended') {
    tx.state = 'Ended';
    tx.endedAt = String(p.timestamp);
    if (info.stoppedReason !== undefined) tx.stoppedReason = info.stoppedReason;
  }
  ctx.csms.emit('transaction', { record: tx, eventType, request: p });
  // E02.FR.02, E03.FR.02, E05.FR.01: an idToken in the request gets its authorization status back.
  if (!token || ctx.csms.hasFault('tx-no-idtokeninfo')) return ok({});
  return ok({ idTokenInfo: idTokenInfo(ctx, token) });
}

function startTransaction(p: Payload, ctx: CsmsContext) {
  const transactionId = ctx.csms.nextTransactionId();
  const idTag = String(p.idTag ?? '');
  const tx = record(ctx, String(transactionId), {
    connectorId: Number(p.connectorId), idToken: idTag, meterStart: Number(p.meterStart), startedAt: String(p.timestamp),
  });
  ctx.csms.emit('transaction', { record: tx, eventType: 'Started', request: p });
  const info = idTagInfo(ctx, idTag);
  if (info.status === 'Accepted' && ctx.csms.hasFault('tx-start-rejected')) info.status = 'Invalid';
  return ok({ transactionId, idTagInfo: info });
}

function stopTransaction(p: Payload, ctx: CsmsContext) {
  const tx = record(ctx, String(p.transactionId), {});
  if (tx.events === 1) ctx.csms.log(`${tx.stationId}: StopTransaction for unknown transaction ${tx.transactionId}`, 'warn');
  tx.state = 'Ended';
  tx.endedAt = String(p.timestamp);
  tx.meterStop = Number(p.meterStop);
  if (p.reason !== undefined) tx.stoppedReason = String(p.reason);
  ctx.csms.emit('transaction', { record: tx, eventType: 'Ended', request: p });
  return ok(typeof p.idTag === 'string' ? { idTagInfo: idTagInfo(ctx, p.idTag) } : {});
}

export const transactionHandlers: HandlerTable = {
  TransactionEvent: transactionEvent,
  StartTransaction: startTransaction,
  StopTransaction: stopTransaction,
  MeterValues: () => ok({}),
};
