/** Authorization Cache helpers of the C cases (C10 / C12): refusing from the cache, the cache over a reboot and its lifetime. */
import type { CaseContext, IdTokenName, Payload } from '../../kit.js';
import { CaseInconclusive, idTokenFor } from '../../kit.js';
import { transactionEvent, txInfo, txSession, validToken } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authorizedFromCache, present } from './steps.cs.js';

/**
 * TC_C_57_CS step 1: the `name` idToken, cached as not Accepted, is presented; with AuthCacheCtrlr.DisablePostAuthorize
 * true the station does not send an AuthorizationRequest and refuses it: no TransactionEventRequest authorizes it
 * (triggerReason Authorized or its idToken). The OCTT watches <Configured message timeout> after the manual action.
 */
export async function cachedRefusedNotAsked(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName): Promise<void> {
  const { sut } = ctx;
  const token = idTokenFor(ctx, name);
  const since = Date.now();
  await present(ctx, token);
  const authorizing = (p: Payload) => p.triggerReason === 'Authorized' || (p.idToken as { idToken?: unknown } | undefined)?.idToken === token.idToken;
  await Promise.all([
    sut.expectNoCall('Authorize', ctx.ics.timeouts.messageMs, {
      requirement: 'C12.FR.05 / C10.FR.03 (AuthCacheCtrlr.DisablePostAuthorize true)', describe: `for ${token.idToken}, cached as not Accepted`, since,
    }),
    sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
      requirement: 'C12.FR.05 (the cached status refuses the idToken)', describe: `authorizing ${token.idToken}`, since, filter: authorizing,
    }),
  ]);
}

/**
 * Reusable State Deauthorized (errata 2025-09 6.2.118), after Reusable State Authorized: `first` is the TransactionEventRequest
 * Authorized answered Invalid, if one was due; without it the transaction states go on (EVConnectedPreSession) until the
 * first TransactionEventRequest, answered Invalid (step 1-2: with the configured valid idToken). 3-4. With
 * TxCtrlr.StopTxOnInvalidId true: TransactionEventRequest Deauthorized; Ended with stoppedReason DeAuthorized when TxStopPoint
 * contains Authorized, PowerPathClosed or EnergyTransfer, else Updated. Its chargingState must be EVConnected or
 * SuspendedEVSE; an EV that was never connected (the state follows Authorized directly, TxStartPoint Authorized) can
 * only be Idle, which is accepted then (or left out: chargingState is sent when it changes).
 */
export async function deauthorized(ctx: CaseContext<'2.0.1', 'CS'>, first: Payload | undefined): Promise<void> {
  const { expect } = ctx;
  const s = txSession(ctx);
  const token = validToken(ctx);
  const p1 = first ?? await evConnectedPreSession(ctx, { idTokenStatus: 'Invalid' });
  if (!p1) throw new CaseInconclusive('Reusable State Deauthorized: no TransactionEventRequest came with the EV connected (TxStartPoint)');
  if (!first) {
    const sent = (p1.idToken ?? {}) as { idToken?: unknown; type?: unknown };
    expect(sent.idToken, 'C10.FR.05: TransactionEventRequest idToken.idToken (Deauthorized step 1)').to.equal(token.idToken);
    expect(sent.type, 'C10.FR.05: TransactionEventRequest idToken.type (Deauthorized step 1)').to.equal(token.type);
  }
  const p = await transactionEvent(ctx, { describe: '(deauthorized: idTokenInfo Invalid)', requirement: 'E05.FR.09 / E05.FR.10 (StopTxOnInvalidId true)' });
  expect(p.triggerReason, 'E05.FR.09 / E05.FR.10: TransactionEventRequest triggerReason').to.equal('Deauthorized');
  expect(txInfo(p).chargingState, 'E05.FR.09 / E05.FR.10: TransactionEventRequest transactionInfo.chargingState')
    .to.be.oneOf(s.evConnected ? ['EVConnected', 'SuspendedEVSE'] : ['EVConnected', 'SuspendedEVSE', 'Idle', undefined]);
  if (['Authorized', 'PowerPathClosed', 'EnergyTransfer'].some((x) => s.stopPoints.includes(x))) {
    expect(p.eventType, 'E05.FR.10: TransactionEventRequest eventType').to.equal('Ended');
    expect(txInfo(p).stoppedReason, 'E05.FR.10: TransactionEventRequest transactionInfo.stoppedReason').to.equal('DeAuthorized');
  } else {
    expect(p.eventType, 'E05.FR.09: TransactionEventRequest eventType').to.equal('Updated');
  }
  // The session's authorization is over: what follows is EVDisconnected.
  Object.assign(s, { authorized: false, state: 'EVConnectedPostSession' });
}

/**
 * Reusable State Authorized with the cached valid idToken, answered Invalid (TC_C_34_CS step 1): presented, the station
 * sends a TransactionEventRequest Authorized with it when TxStartPoint contains Authorized (or the transaction runs),
 * answered idTokenInfo.status Invalid (C10.FR.05: the cache takes it). Returns it, if one was due.
 */
export function cachedAuthorizedAnsweredInvalid(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload | undefined> {
  return authorizedFromCache(ctx, { idTokenStatus: 'Invalid' });
}
