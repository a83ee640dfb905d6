/**
 * Reusable transaction states and messages for OCPP 1.6, charge point under test (the harness plays
 * the Central System): Authorize, StartTransaction and StopTransaction as the harness answers them,
 * and the state EnergyTransferStarted. What they leave behind is kept in the residue (states.cs.ts).
 */
import { type CaseContext, type Received, type ReceivedCall, type Response } from '../../kit.js';
import { residue, pending, connectorOf, validTag, messageMs, expectStatus, plugIn, presentTag, getConfiguration, setConfiguration, unplug } from './states.cs.js';

/** The idTagInfo of a 1.6 answer (Authorize, StartTransaction, StopTransaction). */
export type IdTagInfo = Response<'1.6', 'Authorize'>['idTagInfo'];

export function idTagInfo(status: IdTagInfo['status'] = 'Accepted', parentIdTag?: string): IdTagInfo {
  return { status, ...(parentIdTag ? { parentIdTag } : {}) };
}

/** Waits for Authorize.req for `idTag` and answers it. */
export function expectAuthorize(ctx: CaseContext<'1.6', 'CS'>, idTag: string, answer: IdTagInfo = idTagInfo(), requirement = '4.1'): Promise<Received<'1.6', 'Authorize'>> {
  return pending((async () => {
    const call = await ctx.sut.expectCall('Authorize', { requirement, describe: `for ${idTag}`, timeoutMs: messageMs(ctx) * 2 });
    call.respond({ idTagInfo: answer });
    ctx.expect(call.payload.idTag, `${requirement}: Authorize.req idTag`).to.equal(idTag);
    return call;
  })());
}

export interface StartedTransaction {
  transactionId: number;
  connectorId: number;
  idTag: string;
  call: ReceivedCall;
}

/** Waits for StartTransaction.req, checks it and answers with a transactionId issued by the harness (1.6 4.8). */
export function expectStartTransaction(ctx: CaseContext<'1.6', 'CS'>, idTag: string, answer: IdTagInfo = idTagInfo(), options: { requirement?: string; timeoutMs?: number } = {}): Promise<StartedTransaction> {
  return pending((async () => {
    const requirement = options.requirement ?? '4.8';
    const r = residue(ctx);
    const call = await ctx.sut.expectCall('StartTransaction', { requirement, timeoutMs: options.timeoutMs ?? messageMs(ctx) * 2 });
    const transactionId = r.nextTransactionId++;
    call.respond({ transactionId, idTagInfo: answer });
    const connectorId = Number(call.payload.connectorId);
    r.transactions.set(transactionId, connectorId);
    ctx.expect(connectorId, `${requirement}: StartTransaction.req connectorId`).to.equal(connectorOf(ctx));
    ctx.expect(call.payload.idTag, `${requirement}: StartTransaction.req idTag`).to.equal(idTag);
    ctx.expect(call.payload.meterStart, `${requirement}: StartTransaction.req meterStart`).to.be.a('number');
    return { transactionId, connectorId, idTag, call };
  })());
}

/** Waits for StopTransaction.req of `transactionId` and answers it; checks the reason when given (1.6 4.10). */
export function expectStopTransaction(ctx: CaseContext<'1.6', 'CS'>, transactionId: number, options: { reason?: string | readonly string[]; requirement?: string; timeoutMs?: number } = {}): Promise<Received<'1.6', 'StopTransaction'>> {
  return pending((async () => {
    const requirement = options.requirement ?? '4.10';
    const call = await ctx.sut.expectCall('StopTransaction', { requirement, timeoutMs: options.timeoutMs ?? messageMs(ctx) * 2 });
    if (!call.answered) call.respond(typeof call.payload.idTag === 'string' ? { idTagInfo: idTagInfo() } : {});
    residue(ctx).transactions.delete(Number(call.payload.transactionId));
    ctx.expect(call.payload.transactionId, `${requirement}: StopTransaction.req transactionId`).to.equal(transactionId);
    if (options.reason !== undefined) {
      const allowed: readonly string[] = typeof options.reason === 'string' ? [options.reason] : options.reason;
      // "If the transaction is ended in a normal way ... the Reason element MAY be omitted and SHOULD be assumed Local."
      const reason = typeof call.payload.reason === 'string' ? call.payload.reason : 'Local';
      ctx.expect(reason, `${requirement}: StopTransaction.req reason`).to.be.oneOf([...allowed]);
    }
    return call;
  })());
}

/** The harness forgets a transaction that ended without a StopTransaction it answered itself. */
export function transactionEnded(ctx: CaseContext<'1.6', 'CS'>, transactionId: number): void {
  residue(ctx).transactions.delete(transactionId);
}

export interface EnergyTransferOptions {
  idTag?: string;
  /** 'required': the case checks Authorize.req; 'allowed' (default): a locally authorized idTag may skip it. */
  authorize?: 'required' | 'allowed';
  /** Answer to Authorize.req / StartTransaction.req. */
  answer?: IdTagInfo;
  /** Plug in first (default) or present the idTag first (then Authorize.req is required: nothing can start before the cable). */
  order?: 'plugFirst' | 'tagFirst';
}

/**
 * Reusable state EnergyTransferStarted: cable plugged in, idTag presented and authorized, the
 * transaction started (StartTransaction answered with a transactionId) and the connector Charging.
 */
export async function energyTransferStarted(ctx: CaseContext<'1.6', 'CS'>, options: EnergyTransferOptions = {}): Promise<StartedTransaction> {
  const idTag = options.idTag ?? validTag(ctx);
  const answer = options.answer ?? idTagInfo();
  if (options.order !== 'tagFirst') await plugIn(ctx);
  const charging = expectStatus(ctx, 'Charging', { requirement: '4.9' });
  const required = options.authorize === 'required' || options.order === 'tagFirst';
  const first = ctx.sut.expectCall(required ? 'Authorize' : ['Authorize', 'StartTransaction'], {
    requirement: '4.1', timeoutMs: messageMs(ctx) * 2, describe: 'after the idTag was presented',
  });
  const preparing = options.order === 'tagFirst' ? expectStatus(ctx, 'Preparing') : undefined;
  // The charge point may wait for the answer to Authorize.req before the operator action completes.
  const presenting = pending(presentTag(ctx, idTag));
  const call = await first;
  let started: StartedTransaction;
  if (call.action === 'Authorize') {
    ctx.expect(call.payload.idTag, '4.1: Authorize.req idTag').to.equal(idTag);
    const start = ctx.sut.expectCall('StartTransaction', { requirement: '4.8', timeoutMs: messageMs(ctx) * 2 });
    call.respond({ idTagInfo: answer });
    await presenting;
    if (preparing) {
      await preparing;
      await plugIn(ctx, null);
    }
    started = await claimedStart(ctx, await start, idTag, answer);
  } else {
    started = await claimedStart(ctx, call, idTag, answer);
    await presenting;
  }
  await charging;
  return started;
}

async function claimedStart(ctx: CaseContext<'1.6', 'CS'>, call: ReceivedCall, idTag: string, answer: IdTagInfo): Promise<StartedTransaction> {
  const r = residue(ctx);
  const transactionId = r.nextTransactionId++;
  call.respond({ transactionId, idTagInfo: answer });
  const connectorId = Number(call.payload.connectorId);
  r.transactions.set(transactionId, connectorId);
  ctx.expect(connectorId, '4.8: StartTransaction.req connectorId').to.equal(connectorOf(ctx));
  ctx.expect(call.payload.idTag, '4.8: StartTransaction.req idTag').to.equal(idTag);
  return { transactionId, connectorId, idTag, call };
}

/**
 * Puts an idTag in the Authorization Cache (1.6 3.5.1) by a complete charging session, when the charge
 * point has a cache: enables it and returns true; false when it has none.
 */
export async function cacheIdTag(ctx: CaseContext<'1.6', 'CS'>, idTag = validTag(ctx)): Promise<boolean> {
  const { values } = await getConfiguration(ctx, ['AuthorizationCacheEnabled']);
  if (!values.has('AuthorizationCacheEnabled')) return false;
  await setConfiguration(ctx, 'AuthorizationCacheEnabled', 'true', { optional: true });
  const tx = await energyTransferStarted(ctx, { idTag });
  const stop = expectStopTransaction(ctx, tx.transactionId);
  await presentTag(ctx, idTag);
  await stop;
  await unplug(ctx);
  return true;
}
