/**
 * Helpers of TC_C_15/17/18_CS (C12 with E05 / C15): the cached valid idToken is presented while the station is
 * offline; when it is back, the OCTT answers the TransactionEventRequest with that idToken Invalid and the
 * station reacts as TxCtrlr.StopTxOnInvalidId and TxCtrlr.MaxEnergyOnInvalidId say.
 */
import type { CaseContext, IdTokenSpec, Payload } from '../../kit.js';
import { configuredMs, transactionCase, txInfo, validToken, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';
import { goOffline, goOnline, offlineConfiguration } from './steps.local-list.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export interface InvalidIdSettings {
  stopTxOnInvalidId: boolean;
  /** TxCtrlr.MaxEnergyOnInvalidId (Wh); optional: "(If implemented)" (the cases without C-03). */
  maxEnergy: { value: number; optional: boolean };
  /** The Note of the manual action: TC_C_15/18 wait <Configured Transaction Duration>, TC_C_17 5 s (the offline period). */
  wait: 'transactionDurationMs' | 'offlineDurationMs';
}

export interface InvalidIdRun {
  s: TxSession;
  token: IdTokenSpec;
  /** The TransactionEventRequests the station sent since it went offline, in order. */
  sent: () => Payload[];
  /** Resolves with the first TransactionEventRequest (after the reconnection) that carries the idToken, answered Invalid. */
  answeredInvalid: Promise<Payload>;
  /** When the reconnection was allowed (ms epoch). */
  onlineAt: number;
}

/**
 * Configuration State: AuthCacheEnabled, LocalPreAuthorize (If implemented), LocalAuthorizationOffline true,
 * OfflineTxForUnknownIdEnabled (If implemented), StopTxOnInvalidId, MaxEnergyOnInvalidId, the reconnection settings;
 * Memory State IdTokenCached; Reusable State EVConnectedPreSession; 1. offline; Manual Action: present the cached
 * valid idToken; the OCTT waits; 2. the reconnection is accepted; 4. a TransactionEventResponse with the idToken
 * gets idTokenInfo.status Invalid. `body` runs from the reconnection on; a transaction still running afterwards is
 * stopped by the cleanup of transactionCase.
 */
export async function cachedTokenInvalidOnline(ctx: Ctx, settings: InvalidIdSettings, body: (run: InvalidIdRun) => Promise<void>): Promise<void> {
  const { sut } = ctx;
  const token = validToken(ctx);
  const offline = offlineConfiguration(ctx, true).filter((v) => v.component !== 'LocalAuthListCtrlr' && v.variable !== 'LocalPreAuthorize' && v.variable !== 'OfflineTxForUnknownIdEnabled');
  const configuration: Array<VariableSetting & { optional?: boolean }> = [
    authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, ...offline,
    { component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true },
    { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: String(settings.stopTxOnInvalidId) },
    { component: 'TxCtrlr', variable: 'MaxEnergyOnInvalidId', value: String(settings.maxEnergy.value), optional: settings.maxEnergy.optional },
  ];
  await transactionCase(ctx, { configuration }, async (s) => {
    await establishIdTokenCached(ctx);
    await evConnectedPreSession(ctx);
    await goOffline(ctx);
    // 4. Every TransactionEventRequest with an idToken is answered Invalid; the others as usual.
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Invalid' } } : {}));
    const seenBefore = sut.receivedPayloads('TransactionEvent').length;
    await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
    Object.assign(s, { authorized: true, idToken: token });
    await ctx.specifiedWait(configuredMs(ctx, settings.wait), 'offline period after the idToken was presented');
    const onlineAt = Date.now();
    // (Watched from the reconnection on: the wait for it starts when it can come.)
    const withToken = sut.expectCall('TransactionEvent', { requirement: 'C12.FR.02', describe: `with idToken ${token.idToken} (queued while offline)`, filter: (p) => p.idToken?.idToken === token.idToken });
    withToken.catch(() => undefined);
    await goOnline(ctx);
    const answeredInvalid = withToken.then((c) => {
      if (!c.answered) c.respond({ idTokenInfo: { status: 'Invalid' } });
      // The transaction the idToken authorized: the cleanup stops it if it still runs.
      const id = txInfo(c.payload).transactionId as string | undefined;
      if (id !== undefined && s.transactionId !== id) Object.assign(s, { transactionId: id, ended: false });
      return c.payload;
    });
    await body({ s, token, sent: () => sut.receivedPayloads('TransactionEvent').slice(seenBefore), answeredInvalid, onlineAt });
  });
}

/** Step 3 tool validations (TC_C_15/16/18): the optional Authorized message with the idToken, offline; a ChargingStateChanged one, offline. */
export function checkQueued(ctx: Ctx, queued: Payload[], token: IdTokenSpec, authorizedRequired: boolean): void {
  const { expect } = ctx;
  const authorized = queued.find((p) => p.triggerReason === 'Authorized');
  if (authorizedRequired) expect(authorized, 'C12.FR.02: a TransactionEventRequest Authorized sent while offline').to.not.equal(undefined);
  if (authorized) {
    const id = (authorized.idToken ?? {}) as { idToken?: unknown; type?: unknown };
    expect(id.idToken, 'C12.FR.02: TransactionEventRequest Authorized idToken.idToken').to.equal(token.idToken);
    expect(id.type, 'C12.FR.02: TransactionEventRequest Authorized idToken.type').to.equal(token.type);
    expect(authorized.offline, 'E04.FR.01: TransactionEventRequest Authorized offline').to.equal(true);
  }
}

/** "A message with triggerReason ChargingStateChanged, offline True" (C12.FR.04: the energy offer started while offline). */
export function checkChargingOffline(ctx: Ctx, queued: Payload[]): void {
  const charging = queued.find((p) => p.triggerReason === 'ChargingStateChanged' && p.offline === true);
  ctx.expect(charging, 'C12.FR.04: a TransactionEventRequest ChargingStateChanged with offline true (the energy offer started while offline)').to.not.equal(undefined);
}
