/**
 * Helpers of the C-authorization cases of the Local Authorization List Management profile (TC_C_21..31,
 * TC_C_40, TC_C_43): the Configuration State they share, the Memory State "idTokens configured in the Local
 * Authorization List" and the cleanup that leaves the list empty for the next case.
 */
import { defineTestCase, idTokenFor, type CaseContext, type ConfigureCsmsSetting, type IdTokenName, type IdTokenSpec } from '../../kit.js';
import { hasBayDetector, later, transactionCase, transactionEvent, transactionRunning, txSession, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { idTokenOf } from '../_shared/id-token.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { asMemoryState } from '../_shared/states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
type AuthorizationStatus = 'Accepted' | 'Invalid' | 'Blocked' | 'Expired';

export const LOCAL_LIST = 'Local Authorization List Management';
/** Errata 2025-09 5.11: the local start authorization options of the offline and GroupId cases. */
export const LOCAL_START = 'C-30 or C-31 or C-32 or C-34';

export const localListEnabled: VariableSetting & { optional: boolean } = { component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true };
export const localPreAuthorize: VariableSetting & { optional: boolean } = { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'true', optional: true };
/** LocalAuthListDisablePostAuthorize false (If implemented): LocalAuthListCtrlr.DisablePostAuthorize in the Part 2 device model. */
export const postAuthorize: VariableSetting & { optional: boolean } = { component: 'LocalAuthListCtrlr', variable: 'DisablePostAuthorize', value: 'false', optional: true };

/** An entry of the list: an ICS token with the status (and group) the list gives it. */
export interface ListEntry {
  token: IdTokenSpec;
  status: AuthorizationStatus;
  group?: IdTokenSpec;
}

export const tokenOf = (ctx: Ctx, name: IdTokenName): IdTokenSpec => idTokenFor(ctx, name);

/** Memory State: the entries configured in the Local Authorization List (SendLocalList Full, Accepted). */
export async function inLocalList(ctx: Ctx, entries: ListEntry[]): Promise<void> {
  await asMemoryState('idTokens in the Local Authorization List', async () => {
    const res = await ctx.sut.call('SendLocalList', {
      versionNumber: configured(ctx, 'localListVersion'), updateType: 'Full',
      localAuthorizationList: entries.map((e) => ({
        idToken: idTokenOf(e.token), idTokenInfo: { status: e.status, ...(e.group ? { groupIdToken: idTokenOf(e.group) } : {}) },
      })),
    });
    ctx.expect(res.status, 'D01.FR.02: SendLocalListResponse status (Memory State: idTokens in the Local Authorization List)').to.equal('Accepted');
  });
}

/**
 * A transaction case with the list: the Configuration State, the Memory State, the body; afterwards the
 * configuration is put back and the list emptied (not graded), so no entry decides a later case.
 */
export async function localListCase(ctx: Ctx, configuration: Array<VariableSetting & { optional?: boolean }>, entries: ListEntry[], body: (s: TxSession) => Promise<void>,
  memory?: () => Promise<void>): Promise<void> {
  try {
    await transactionCase(ctx, { configuration }, async (s) => {
      // A Memory State of the case's own first (IdTokenCached: the cache keeps no token of the list).
      await memory?.();
      await inLocalList(ctx, entries);
      await body(s);
    });
  } finally {
    await ctx.sut.callRaw('SendLocalList', { versionNumber: configured(ctx, 'localListVersion'), updateType: 'Full' }).catch(() => undefined);
    await stopLeftover(ctx);
  }
}

/** Was an AuthorizeRequest for `token` sent during the case? */
export const authorizeSentFor = (ctx: Ctx, token: IdTokenSpec): boolean =>
  ctx.sut.receivedPayloads('Authorize').some((p) => p.idToken?.idToken === token.idToken);

export interface OnlineRefusedCase {
  id: string;
  title: string;
  name: IdTokenName;
  status: Exclude<AuthorizationStatus, 'Accepted'>;
  /** The Reusable State EVConnectedPreSession comes first (TC_C_29, TC_C_30). */
  evConnected: boolean;
  /** Step 2: what the OCTT answers (Part 6: Invalid; "Restricted" in TC_C_29 is no 2.0.1 status: Blocked). */
  answer: AuthorizationStatus;
}

/** TC_C_28/29/30_CS: a token listed with a status other than Accepted, presented online, goes to the CSMS (C14.FR.03). */
export function onlineRefusedCase(def: OnlineRefusedCase) {
  return defineTestCase({
    id: def.id, title: def.title, version: '2.0.1', sut: 'CS', profiles: [LOCAL_LIST],
    covers: ['C14', 'C14.FR.03'], catches: ['local-list-not-post-authorized'],
    async run(ctx) {
      const token = tokenOf(ctx, def.name);
      // Before: LocalAuthListEnabled true, LocalPreAuthorize true, LocalAuthListDisablePostAuthorize false (If implemented);
      // Memory State: a known token with this status in the Local Authorization List.
      await localListCase(ctx, [localListEnabled, localPreAuthorize, postAuthorize], [{ token, status: def.status }], async (s) => {
        if (def.evConnected) await evConnectedPreSession(ctx);
        const authorize = ctx.sut.expectCall('Authorize', { requirement: 'C14.FR.03', describe: `for ${token.idToken}` });
        // Manual Action: present the token already configured in the Local Authorization List.
        await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
        // 1-2. AuthorizeRequest with the token; the OCTT answers with its status.
        const a = await authorize;
        a.respond({ idTokenInfo: { status: def.answer } });
        ctx.expect(a.payload.idToken?.idToken, 'C14.FR.03: AuthorizeRequest idToken.idToken').to.equal(token.idToken);
        ctx.expect(a.payload.idToken?.type, 'C14.FR.03: AuthorizeRequest idToken.type').to.equal(token.type);
      });
    },
  });
}

/**
 * Manual Action "Present the idToken configured in the Local Authorization List" and, when due (TxStartPoint
 * Authorized, or the transaction already started), the TransactionEventRequest Authorized with that idToken,
 * answered Accepted (with `group`). An AuthorizeRequest meanwhile gets the harness's default answer.
 */
export async function presentListedToken(ctx: Ctx, token: IdTokenSpec, requirement: string, group?: IdTokenSpec): Promise<void> {
  const s = txSession(ctx);
  const running = transactionRunning(s);
  const starts = !running && (s.startPoints.includes('Authorized') || (s.evConnected && s.startPoints.includes('PowerPathClosed')));
  const tx = starts || running ? later(transactionEvent(ctx, { describe: '(authorized from the Local Authorization List)', requirement, ...(group ? { groupIdToken: group } : {}) })) : undefined;
  await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
  const p = tx ? await tx : undefined;
  if (p) {
    const sent = (p.idToken ?? {}) as { idToken?: string; type?: string };
    ctx.expect(p.triggerReason, `${requirement}: TransactionEventRequest triggerReason`).to.equal('Authorized');
    ctx.expect(sent.idToken, `${requirement}: TransactionEventRequest idToken.idToken`).to.equal(token.idToken);
    ctx.expect(sent.type, `${requirement}: TransactionEventRequest idToken.type`).to.equal(token.type);
    ctx.expect(p.eventType, `${requirement}: TransactionEventRequest eventType`).to.equal(running ? 'Updated' : 'Started');
  }
  Object.assign(s, { authorized: true, idToken: token, stoppedRemotely: false, state: 'Authorized' });
}

// --- offline (the OCTT closes the connection and refuses reconnects) -------------------------------------

/** Configuration State of the offline cases: the list and LocalAuthorizationOffline, unknown ids refused offline. */
export function offlineConfiguration(ctx: Ctx, unknownOffline: boolean): Array<VariableSetting & { optional?: boolean }> {
  const wait = configured(ctx, 'retryBackOffWaitMinimum');
  return [
    localListEnabled, localPreAuthorize,
    { component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: String(unknownOffline), optional: !unknownOffline },
    // Part 6 writes LocalAuthorizationOffline; the Part 2 device model names it LocalAuthorizeOffline (either is taken).
    { component: 'AuthCtrlr', variable: 'LocalAuthorizeOffline', value: 'true', optional: true },
    { component: 'AuthCtrlr', variable: 'LocalAuthorizationOffline', value: 'true', optional: true },
    { component: 'OCPPCommCtrlr', variable: 'OfflineThreshold', value: String(wait + 60), optional: true },
    { component: 'OCPPCommCtrlr', variable: 'RetryBackOffWaitMinimum', value: String(wait), optional: true },
    { component: 'OCPPCommCtrlr', variable: 'RetryBackOffRandomRange', value: '0', optional: true },
  ];
}

/**
 * "The OCTT closes the WebSocket connection AND does not accept a reconnect." From here on the case reads the
 * station's TransactionEvents from what it received: each is answered at once (Accepted for an idToken, as the
 * OCTT does when the station empties its queue), so the station's queue never waits on the harness.
 */
export async function goOffline(ctx: Ctx): Promise<void> {
  ctx.sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
  txSession(ctx).offline = true;
  await ctx.operator.do('goOffline');
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

/** "The OCTT accepts reconnection attempt from the Charging Station." */
export async function goOnline(ctx: Ctx): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  txSession(ctx).offline = false;
}

/** Manual Action "Drive EV into parking bay" (with a parking bay detector only). */
export async function driveIn(ctx: Ctx): Promise<void> {
  const s = txSession(ctx);
  if (!hasBayDetector(ctx) || s.parked) return;
  s.parked = true;
  await ctx.operator.do('driveIn', { evseId: s.evseId });
}

export interface OfflineRefusedCase {
  id: string;
  title: string;
  name: IdTokenName;
  status: Exclude<AuthorizationStatus, 'Accepted'>;
}

/**
 * TC_C_22/23/24_CS: a token listed with a status other than Accepted, presented offline, starts nothing
 * (C13.FR.02). After the reconnect, the queue holds TransactionEvents only when the parking bay started a
 * transaction: each offline, EVDetected (the tool validation of step 5); one for the idToken breaks it.
 */
export function offlineRefusedCase(def: OfflineRefusedCase) {
  return defineTestCase({
    id: def.id, title: def.title, version: '2.0.1', sut: 'CS', profiles: [{ profile: LOCAL_LIST, condition: LOCAL_START }],
    covers: ['C13', 'C13.FR.02'], catches: ['local-list-status-ignored-offline'],
    async run(ctx) {
      const { sut, expect, operator } = ctx;
      const token = tokenOf(ctx, def.name);
      // Before: the offline Configuration State; Memory State IdTokenLocalAuthList for the token with its status.
      await localListCase(ctx, offlineConfiguration(ctx, false), [{ token, status: def.status }], async (s) => {
        // 1. Offline. 2. Manual Action: drive EV into parking bay. 3. Manual Action: present the idToken.
        await goOffline(ctx);
        await driveIn(ctx);
        await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
        // 4. Online again. 5-6. The queued TransactionEventRequests (answered by default): offline, EVDetected.
        const since = Date.now();
        await goOnline(ctx);
        await sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
          since, requirement: 'C13.FR.02', describe: 'other than an offline EVDetected one: the listed idToken is not Accepted',
          filter: (p) => p.offline !== true || p.triggerReason !== 'EVDetected',
        });
        const queued = sut.receivedPayloads('TransactionEvent').filter((p) => p.offline === true);
        queued.forEach((p) => expect(p.triggerReason, 'C13.FR.02: TransactionEventRequest triggerReason').to.equal('EVDetected'));
      });
    },
  });
}

/** Not graded: a transaction the station started in this case and did not end (only a faulty station leaves one) is stopped. */
async function stopLeftover(ctx: Ctx): Promise<void> {
  const sent = ctx.sut.receivedPayloads('TransactionEvent');
  const ended = new Set(sent.filter((p) => p.eventType === 'Ended').map((p) => p.transactionInfo.transactionId));
  const open = [...new Set(sent.map((p) => p.transactionInfo.transactionId))].filter((id) => !ended.has(id));
  for (const transactionId of open) await ctx.sut.callRaw('RequestStopTransaction', { transactionId }).catch(() => undefined);
}

// --- CSMS under test (TC_C_40_CSMS, TC_C_43_CSMS) --------------------------------------------------------

type CsmsCtx = CaseContext<'2.0.1', 'CSMS'>;

async function configureCsms(ctx: CsmsCtx, setting: ConfigureCsmsSetting, value: unknown): Promise<void> {
  await ctx.operator.do('configureCsms', { setting, value, stationId: ctx.ics.station.id });
}

/**
 * Memory State "Two (known) valid idTokens with same GroupId are configured": the CSMS knows <Configured
 * valid_idtoken> and <Configured valid_idtoken2>, both of <Configured groupIdToken>, then runs `body`. Nothing is undone:
 * valid and valid2 of one group is how the configuration gives them (the reference CSMS knows them so, TC_C_39_CSMS
 * relies on it); forgetting valid2 afterwards left the CSMS unlike it was found (TC_C_47/49_CSMS after it met valid2 Unknown).
 */
export async function withGroupedTokens(ctx: CsmsCtx, body: (tokens: { valid: IdTokenSpec; valid2: IdTokenSpec; group: IdTokenSpec }) => Promise<void>): Promise<void> {
  const valid = idTokenFor(ctx, 'valid');
  const valid2 = idTokenFor(ctx, 'valid2');
  const group = idTokenFor(ctx, 'group');
  for (const t of [valid, valid2]) await configureCsms(ctx, 'idToken', { idToken: t.idToken, type: t.type, status: 'Accepted', groupIdToken: group.idToken });
  await body({ valid, valid2, group });
}

/** Tool validation: idTokenInfo.status Accepted and idTokenInfo.groupIdToken.idToken <Configured groupIdToken>. */
export function acceptedInGroup(ctx: CsmsCtx, answer: { idTokenInfo?: { status?: string; groupIdToken?: { idToken?: string } } } | undefined, group: IdTokenSpec, what: string): void {
  ctx.expect(answer?.idTokenInfo?.status, `C09.FR.02: ${what} idTokenInfo.status`).to.equal('Accepted');
  ctx.expect(answer?.idTokenInfo?.groupIdToken?.idToken, `C09.FR.03: ${what} idTokenInfo.groupIdToken.idToken`).to.equal(group.idToken);
}
