import type { CaseContext, IdTokenName, IdTokenSpec, Payload } from '../../kit.js';
import { adviseOnFailure, idTokenFor } from '../../kit.js';
import { later, transactionCase, transactionEvent, transactionRunning, txSession, validToken, type TxEventOptions } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED } from '../_shared/configuration-states.cs.js';
import { asMemoryState } from '../_shared/states.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
export { AUTH_ENABLED };

/** Part 5 conditions of the C cases (Core, conditional): local start by RFID / KeyCode (C-30, C-31, C-32), the Authorization Cache (C-49). */
export const LOCAL_START = '(C-30 or C-31 or C-32)';
export const core = (condition: string) => ({ profile: 'Core', condition });


/** AuthCacheCtrlr.Enabled (If implemented). */
export const authCacheEnabled = (value: boolean) => ({ component: 'AuthCacheCtrlr', variable: 'Enabled', value: String(value), optional: true });

/** AuthCtrlr.LocalPreAuthorize true (If implemented). */
export const LOCAL_PRE_AUTHORIZE = { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'true', optional: true };

/** TC_C_09..12 Configuration State: cache enabled, LocalPreAuthorize true, AuthCacheCtrlr.DisablePostAuthorize false (If implemented). */
export const CACHE_POST_AUTHORIZE = [
  authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, { component: 'AuthCacheCtrlr', variable: 'DisablePostAuthorize', value: 'false', optional: true },
];

export type RefusedStatus = 'Invalid' | 'Unknown' | 'Blocked' | 'Expired';

/** Manual Action: Present `token` at the EVSE of the session. */
export function present(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec): Promise<unknown> {
  return later(ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: txSession(ctx).evseId }));
}

/**
 * TC_C_02 / 06 / 07 / 56 (and TC_C_05, without the EV connected): in State EVConnectedPreSession the driver presents the configured `name` idToken;
 * 1. AuthorizationRequest with it (tool validation); 2. the OCTT answers `status`; the station SHALL NOT send a
 * TransactionEventRequest after it (C01.FR.02: charging only after an accepted authorization); the OCTT waits
 * <Configured message timeout>.
 */
export async function localStartRefused(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName, status: RefusedStatus, options: { evConnected?: boolean } = {}): Promise<void> {
  const { sut } = ctx;
  const token = idTokenFor(ctx, name);
  await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
    // C01.FR.02 is about a token the station does not know: one an earlier case left in the cache is removed first.
    if (ctx.ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
    // Before: Reusable State EVConnectedPreSession (not in TC_C_05: its cable lock keeps the EV out before authorization).
    if (options.evConnected ?? true) await evConnectedPreSession(ctx);
    // Manual Action: Present idToken. 1. AuthorizationRequest.
    const presenting = presentAndAuthorize(ctx, name, token, status, 'C01.FR.02');
    const noTransactionEvent = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
      requirement: 'C01.FR.02', describe: `after the AuthorizationResponse ${status}`, since: Date.now(),
    }));
    await presenting;
    await noTransactionEvent;
  });
}

/**
 * TC_C_08 step 1 / TC_C_13 steps 1-2: Reusable State Authorized with the idToken the cache accepts. When TxStartPoint
 * contains Authorized or the transaction runs, the station sends a TransactionEventRequest Authorized with it
 * (C12.FR.02; Updated if the transaction had started). Not asking the CSMS first is what LocalPreAuthorize is for,
 * but no tool validation checks it: an AuthorizeRequest is an advisory. Returns the TransactionEventRequest, if one was due.
 */
export async function authorizedFromCache(ctx: CaseContext<'2.0.1', 'CS'>, answer: Pick<TxEventOptions, 'idTokenStatus'> = {}): Promise<Payload | undefined> {
  const { sut, expect } = ctx;
  const s = txSession(ctx);
  const token = validToken(ctx);
  const since = Date.now();
  const running = transactionRunning(s);
  sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
  const tx = running || s.startPoints.includes('Authorized') ? later(transactionEvent(ctx, { describe: '(authorized from the cache)', requirement: 'C12.FR.02', ...answer })) : undefined;
  await present(ctx, token);
  const p = tx ? await tx : undefined;
  if (p) {
    expect(p.triggerReason, 'C12.FR.02: TransactionEventRequest triggerReason').to.equal('Authorized');
    const sent = (p.idToken ?? {}) as { idToken?: unknown; type?: unknown };
    expect(sent.idToken, 'C12.FR.02: TransactionEventRequest idToken.idToken').to.equal(token.idToken);
    expect(sent.type, 'C12.FR.02: TransactionEventRequest idToken.type').to.equal(token.type);
    if (running) expect(p.eventType, 'C12.FR.02: TransactionEventRequest eventType of the running transaction').to.equal('Updated');
  }
  Object.assign(s, { authorized: true, idToken: token, stoppedRemotely: false, state: 'Authorized' });
  await adviseOnFailure(ctx, () => sut.expectNoCall('Authorize', 0, { requirement: 'C12.FR.02', describe: 'for an idToken the Authorization Cache accepts (LocalPreAuthorize true)', since }));
  return p;
}

/**
 * Manual Action: present the configured `name` idToken; the station sends an AuthorizationRequest with it (tool
 * validation, blamed on `requirement`), which the OCTT answers with `status` (and `groupIdToken`). Resolves when the answer is checked.
 */
export async function presentAndAuthorize(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName, token: IdTokenSpec, status: RefusedStatus | 'Accepted', requirement: string, groupIdToken?: IdTokenSpec): Promise<void> {
  const { sut, expect } = ctx;
  const authorize = sut.expectCall('Authorize', { requirement, describe: `for ${token.idToken}` });
  const presenting = present(ctx, token);
  const a = await authorize;
  // 2. The OCTT responds with idTokenInfo.status `status`.
  a.respond({ idTokenInfo: { status, ...(groupIdToken ? { groupIdToken: idTokenOf(groupIdToken) } : {}) } });
  expect(a.payload.idToken?.idToken, `${requirement}: AuthorizeRequest idToken.idToken (<Configured ${name}_idtoken_idtoken>)`).to.equal(token.idToken);
  expect(a.payload.idToken?.type, `${requirement}: AuthorizeRequest idToken.type (<Configured ${name}_idtoken_type>)`).to.equal(token.type);
  await presenting;
}

/**
 * Memory State IdTokenCached for a token the OCTT does not accept (Part 6 Table 443, Main B): from an emptied cache,
 * ParkingBayOccupied, the token is presented and its AuthorizationResponse (`status`) cached; ParkingBayUnoccupied.
 */
export async function refusedTokenCached(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName, status: RefusedStatus, options: { keepCache?: boolean; groupIdToken?: IdTokenSpec } = {}): Promise<void> {
  const s = txSession(ctx);
  if (!options.keepCache) await ctx.sut.callRaw('ClearCache', {});
  await asMemoryState(`IdTokenCached (${status})`, async () => {
    await parkingBayOccupied(ctx);
    await presentAndAuthorize(ctx, name, idTokenFor(ctx, name), status, 'C01.FR.02', options.groupIdToken);
  });
  if (s.parked) {
    s.parked = false;
    await ctx.operator.do('driveOut', { evseId: s.evseId });
  }
  s.state = 'Idle';
}

/**
 * TC_C_09 / 10 / 11: the `name` idToken is in the cache as `status`; presented in EVConnectedPreSession, the
 * station asks the CSMS again (C10.FR.03 / C12.FR.05: AuthorizationRequest, tool validation), answered `status`.
 */
export async function cachedRefusedAskedAgain(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName, status: RefusedStatus): Promise<void> {
  await transactionCase(ctx, { configuration: CACHE_POST_AUTHORIZE }, async () => {
    // Memory State: IdTokenCached for <Configured `name` IdToken fields>.
    await refusedTokenCached(ctx, name, status);
    // Before: Reusable State EVConnectedPreSession.
    await evConnectedPreSession(ctx);
    // Manual Action: present the cached idToken. 1-2. AuthorizationRequest, answered `status`.
    await presentAndAuthorize(ctx, name, idTokenFor(ctx, name), status, 'C12.FR.05');
  });
}
