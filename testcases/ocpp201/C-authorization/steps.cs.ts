import type { CaseContext, IdTokenName, IdTokenSpec } from '../../kit.js';
import { adviseOnFailure, idTokenFor } from '../../kit.js';
import { later, transactionCase, transactionEvent, txSession, validToken, type VariableSetting } from '../_shared/charging-session.cs.js';
import { idTokenCached } from '../_shared/states.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';

/** Part 5 conditions of the C cases (Core, conditional): local start by RFID / KeyCode (C-30, C-31, C-32), the Authorization Cache (C-49). */
export const LOCAL_START = '(C-30 or C-31 or C-32)';
export const core = (condition: string) => ({ profile: 'Core', condition });

/** AuthCtrlr.Enabled true (If implemented AND ReadWrite), DisableRemoteAuthorization false (If implemented). */
export const AUTH_ENABLED: Array<VariableSetting & { optional: boolean }> = [
  { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'false', optional: true },
];

/** AuthCacheCtrlr.Enabled (If implemented). */
export const authCacheEnabled = (value: boolean) => ({ component: 'AuthCacheCtrlr', variable: 'Enabled', value: String(value), optional: true });

/** AuthCtrlr.LocalPreAuthorize true (If implemented). */
export const LOCAL_PRE_AUTHORIZE = { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'true', optional: true };

/** Manual Action: Present `token` at the EVSE of the session. */
export function present(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec): Promise<unknown> {
  return later(ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: txSession(ctx).evseId }));
}

/**
 * TC_C_02 / 06 / 07 / 56: in State EVConnectedPreSession the driver presents the configured `name` idToken;
 * 1. AuthorizationRequest with it (tool validation); 2. the OCTT answers `status`; the station SHALL NOT send a
 * TransactionEventRequest after it (C01.FR.02: charging only after an accepted authorization); the OCTT waits
 * <Configured message timeout>.
 */
export async function localStartRefused(ctx: CaseContext<'2.0.1', 'CS'>, name: IdTokenName, status: 'Invalid' | 'Unknown' | 'Blocked' | 'Expired'): Promise<void> {
  const { sut, expect } = ctx;
  const token = idTokenFor(ctx, name);
  await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
    // Before: Reusable State EVConnectedPreSession.
    await evConnectedPreSession(ctx);
    // Manual Action: Present idToken. 1. AuthorizationRequest.
    const authorize = sut.expectCall('Authorize', { requirement: 'C01.FR.02', describe: `for ${token.idToken}` });
    const presenting = present(ctx, token);
    const a = await authorize;
    const noTransactionEvent = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
      requirement: 'C01.FR.02', describe: `after the AuthorizationResponse ${status}`, since: Date.now(),
    }));
    // 2. The OCTT responds with idTokenInfo.status `status`.
    a.respond({ idTokenInfo: { status } });
    expect(a.payload.idToken?.idToken, `C01.FR.02: AuthorizeRequest idToken.idToken (<Configured ${name}_idtoken_idtoken>)`).to.equal(token.idToken);
    expect(a.payload.idToken?.type, `C01.FR.02: AuthorizeRequest idToken.type (<Configured ${name}_idtoken_type>)`).to.equal(token.type);
    await presenting;
    await noTransactionEvent;
  });
}

/**
 * Memory State IdTokenCached for the configured valid idToken, from an emptied cache (so a token cached by an
 * earlier case, which a LocalPreAuthorize station would not ask about, cannot spoil the state).
 */
export async function validTokenCached(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  await ctx.sut.callRaw('ClearCache', {});
  await idTokenCached(ctx);
}

/**
 * TC_C_08 step 1: Reusable State Authorized with the idToken the cache accepts: the station starts (C12.FR.02)
 * with a TransactionEventRequest carrying it. Not asking the CSMS first is what LocalPreAuthorize is for, but
 * no tool validation checks it: an AuthorizeRequest is an advisory.
 */
export async function authorizedFromCache(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const { sut, expect } = ctx;
  const s = txSession(ctx);
  const token = validToken(ctx);
  const since = Date.now();
  sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
  const tx = later(transactionEvent(ctx, { describe: '(authorized from the cache)', requirement: 'C12.FR.02' }));
  await present(ctx, token);
  const p = await tx;
  expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('Authorized');
  const sent = (p.idToken ?? {}) as { idToken?: unknown; type?: unknown };
  expect(sent.idToken, 'C12.FR.02: TransactionEventRequest idToken.idToken').to.equal(token.idToken);
  expect(sent.type, 'C12.FR.02: TransactionEventRequest idToken.type').to.equal(token.type);
  Object.assign(s, { authorized: true, idToken: token, stoppedRemotely: false, state: 'Authorized' });
  await adviseOnFailure(ctx, () => sut.expectNoCall('Authorize', 0, { requirement: 'C12.FR.02', describe: 'for an idToken the Authorization Cache accepts (LocalPreAuthorize true)', since }));
}
