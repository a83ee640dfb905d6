/**
 * Authorization (C): Authorize, the authorization cache, ClearCache, and the offline rules (LocalAuthorizeOffline,
 * OfflineTxForUnknownIdEnabled / AllowOfflineTxForUnknownId); the Local Authorization List is D's (ctx.localList).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { HandlerTable, IdToken } from '../../types.js';
import type { AuthDecision } from './port.js';
import { ContractsUsed } from './contracts-used.js';

export class Authorization {
  private readonly ctx: StationContext;
  /** The Authorization Cache: idTokenInfo per idToken, with when it was last used (C10.FR.08: AuthCacheLifeTime counts from then). */
  private readonly cache = new Map<string, { info: Payload; usedAt: number }>();
  /** The contract certificates that authorized a session here (C07), customer data by customerCertificate (N09 / N10). */
  private readonly contracts = new ContractsUsed();

  constructor(ctx: StationContext) {
    this.ctx = ctx;
  }

  get listEntries(): number {
    return this.ctx.localList.entries;
  }

  get cacheEntries(): number {
    return this.cache.size;
  }

  private get v16(): boolean {
    return this.ctx.version === '1.6';
  }

  /** Status of an idTokenInfo / idTagInfo, Expired when its expiry has passed. */
  statusOf(info: Payload | undefined): string {
    if (!info) return this.v16 ? 'Invalid' : 'Unknown';
    const expiry = (this.v16 ? info.expiryDate : info.cacheExpiryDateTime) as string | undefined;
    if (expiry && Date.parse(expiry) < Date.now()) return 'Expired';
    return String(info.status);
  }

  /** The group a token belongs to (parentIdTag / groupIdToken), from what the station knows. */
  groupOf(token: IdToken): string | undefined {
    const info = this.ctx.localList.lookup(token.idToken) ?? this.cached(token.idToken);
    if (!info) return undefined;
    return this.v16 ? (info.parentIdTag as string | undefined) : (info.groupIdToken as { idToken?: string } | undefined)?.idToken;
  }

  authorizePayload(token: IdToken, extra?: Payload): Payload {
    return this.v16 ? { idTag: token.idToken } : { idToken: { idToken: token.idToken, type: token.type }, ...extra };
  }

  get online(): boolean {
    return this.ctx.link.isOnline && this.ctx.provisioning.registration === 'Accepted';
  }

  /** Decides whether `token` may charge: local list, cache, the CSMS, then the offline rules; flags a Master Pass (C16). */
  async authorize(token: IdToken, extra?: Payload): Promise<AuthDecision> {
    const decision = await this.decide(token, extra);
    const masterGroup = this.v16 ? '' : this.ctx.settings.str('masterPassGroupId') ?? '';
    // Fault: the Master Pass group is not recognised, the token starts a transaction like any other (C16.FR.03).
    if (masterGroup === '' || decision.status !== 'Accepted' || this.ctx.faults.has('master-pass-starts')) return decision;
    return (this.groupOf(token) ?? groupIn(decision.info)) === masterGroup ? { ...decision, masterPass: true } : decision;
  }

  private async decide(token: IdToken, extra?: Payload): Promise<AuthDecision> {
    const { settings } = this.ctx;
    const listInfo = this.ctx.localList.lookup(token.idToken);
    const cacheInfo = settings.bool('authCacheEnabled') ? this.use(token.idToken) : undefined;
    const local = listInfo ?? cacheInfo;
    const source = listInfo ? 'localList' : 'cache';
    const { online } = this;
    // AuthCtrlr.DisableRemoteAuthorization (C-58): only the local list and the cache decide; an unknown token is refused.
    const remote = !settings.bool('disableRemoteAuthorization') || this.ctx.faults.has('disable-remote-authorization-ignored');
    if (online && !remote) return { status: this.statusOf(local), ...(local ? { info: local } : {}), source: local ? source : 'none' };
    // D: a non-Accepted list entry refused without asking the CSMS (LocalAuthListCtrlr.DisablePostAuthorize, C14.FR.03).
    if (online && listInfo && this.ctx.localList.disablePostAuthorize && this.statusOf(listInfo) !== 'Accepted') return { status: this.statusOf(listInfo), info: listInfo, source };
    // C07.FR.01: a contract certificate (extra fields) is always sent to the CSMS while online; the local shortcuts are for the other tokens.
    const pnc = online && extra ? await this.askCsms(token, extra) : undefined;
    if (pnc) return pnc;
    if (online && !extra) {
      const preAuthorize = (settings.bool('localPreAuthorize') || (!this.v16 && this.ctx.faults.has('local-pre-authorize-always'))) && !this.ctx.faults.has('cache-not-used') && (!listInfo || this.ctx.localList.preAuthorizes);
      if (local && preAuthorize && this.statusOf(local) === 'Accepted') return { status: 'Accepted', info: local, source };
      // C12.FR.05: a cached token that is not Accepted is asked about again (the fault decides from the cache alone).
      if (local && !this.v16 && this.ctx.faults.has('cache-refuses-without-asking')) return { status: this.statusOf(local), info: local, source };
      // AuthCacheCtrlr.DisablePostAuthorize (C-59): true turns C10.FR.03 / C12.FR.05 off; the cached status refuses it (the fault asks anyway).
      if (cacheInfo && !listInfo && this.statusOf(cacheInfo) !== 'Accepted' && settings.bool('authCacheDisablePostAuthorize') && !this.ctx.faults.has('cache-post-authorize-not-disabled')) return { status: this.statusOf(cacheInfo), info: cacheInfo, source };
      const asked = await this.askCsms(token);
      if (asked) return asked;
    }
    if (local && settings.bool('localAuthorizeOffline')) return { status: this.statusOf(local), info: local, source };
    // C15.FR.08; the fault offline-unknown-id-refused refuses the unknown idToken all the same.
    if (settings.bool('offlineTxForUnknownId') && !local && !this.ctx.faults.has('offline-unknown-id-refused')) return { status: 'Accepted', source: 'offline' };
    return { status: this.statusOf(local), ...(local ? { info: local } : {}), source: 'none' };
  }

  /** AuthorizeRequest: the CSMS's decision, or undefined when no answer came. */
  private async askCsms(token: IdToken, extra?: Payload): Promise<AuthDecision | undefined> {
    const outcome = await this.ctx.send('Authorize', this.authorizePayload(token, extra));
    if (outcome.kind !== 'result') return undefined;
    const info = (this.v16 ? outcome.payload.idTagInfo : outcome.payload.idTokenInfo) as Payload | undefined;
    if (info) this.store(token, info);
    if (extra && this.statusOf(info) === 'Accepted') this.contracts.record(token.idToken, extra);
    // Fault (2.0.1; 1.6 applies it where the transaction starts): the answer is not looked at (C01.FR.02).
    const status = !this.v16 && this.ctx.faults.has('authorize-status-ignored') ? 'Accepted' : this.statusOf(info);
    return { status, ...(info ? { info } : {}), source: 'csms' };
  }

  /**
   * C01.FR.03 / C09: may `presented` end the authorization `starter` began? The same token may; another one
   * only when it is valid (authorized: local list, cache or an AuthorizeRequest) and has the same groupIdToken.
   */
  async mayEnd(starter: IdToken, presented: IdToken): Promise<{ ends: boolean; decision?: AuthDecision }> {
    if (starter.idToken === presented.idToken) return { ends: true };
    const decision = await this.authorize(presented);
    if (this.ctx.faults.has('different-token-stops') && decision.status === 'Accepted') return { ends: true, decision };
    const group = this.groupOf(presented) ?? groupIn(decision.info);
    // Fault: the status is not looked at, the shared group alone ends it (C09.FR.11).
    const valid = decision.status === 'Accepted' || this.ctx.faults.has('group-stop-ignores-status');
    const ends = valid && group !== undefined && group === this.groupOf(starter) && !this.ctx.faults.has('group-id-ignored');
    return { ends, decision };
  }

  /** Stores what the CSMS said about a token in a TransactionEvent / StartTransaction answer in the cache (C10.FR.05, C12.FR.06). */
  remember(token: IdToken, info: Payload): void {
    // Fault: the cache keeps what it had when a TransactionEventResponse says otherwise (C10.FR.05).
    if (this.ctx.faults.has('cache-not-updated-on-transaction-response') && this.cache.has(token.idToken)) return;
    this.store(token, info);
  }

  /** The station reboots (B Provisioning): the cache persists (C10.FR.02) unless the fault forgets it. */
  onReboot(): void {
    if (this.ctx.faults.has('auth-cache-not-persistent')) this.cache.clear();
  }

  /** C10.FR.04 / C10.FR.05: the latest idTokenInfo of a token (regardless of its status, C10.FR.01), not for a Local Authorization List token. */
  private store(token: IdToken, info: Payload): void {
    if (!this.ctx.settings.bool('authCacheEnabled') || this.ctx.localList.has(token.idToken)) return;
    this.cache.set(token.idToken, { info, usedAt: Date.now() });
  }

  /**
   * The cached idTokenInfo of a token still in the cache. C10.FR.08 / C10.FR.10: without cacheExpiryDateTime, an entry not
   * used for AuthCacheCtrlr.LifeTime seconds is removed (the fault keeps it); with one, statusOf reports Expired (C10.FR.13).
   */
  private cached(idToken: string): Payload | undefined {
    const entry = this.cache.get(idToken);
    if (!entry) return undefined;
    const lifeTimeS = this.ctx.settings.int('authCacheLifeTime', 0);
    const stale = !entry.info.cacheExpiryDateTime && lifeTimeS > 0 && Date.now() - entry.usedAt >= lifeTimeS * 1000;
    if (stale && !this.ctx.faults.has('auth-cache-lifetime-ignored')) {
      this.cache.delete(idToken);
      return undefined;
    }
    return entry.info;
  }

  /** A token presented: its cache entry, now last used (the AuthCacheLifeTime starts again, C10.FR.08). */
  private use(idToken: string): Payload | undefined {
    const info = this.cached(idToken);
    const entry = this.cache.get(idToken);
    if (info && entry) entry.usedAt = Date.now();
    return info;
  }

  customerData(idToken: string): string[] {
    const cached = this.cached(idToken);
    const listed = this.ctx.localList.lookup(idToken);
    return [...(cached ? [`authorization cache: ${String(cached.status)}`] : []), ...(listed ? [`local authorization list: ${String(listed.status)}`] : [])];
  }

  forgetCached(idToken: string): void {
    this.cache.delete(idToken);
  }

  contractData(hashData: Payload): string[] {
    return this.contracts.matching(hashData).map((c) => c.describe);
  }

  forgetContract(hashData: Payload): void {
    for (const c of this.contracts.forget(hashData)) this.cache.delete(c.emaid);
  }

  handlers(): HandlerTable {
    return {
      ClearCache: () => {
        // C11.FR.04: no cache enabled, nothing cleared.
        if (!this.ctx.settings.bool('authCacheEnabled') && !this.ctx.faults.has('clear-cache-accepted-when-disabled')) return { payload: { status: 'Rejected' } };
        if (this.ctx.faults.has('clear-cache-rejected')) return { payload: { status: 'Rejected' } };
        if (this.ctx.faults.has('clear-cache-ignored')) return { payload: { status: 'Accepted' } };
        this.cache.clear();
        return { payload: { status: 'Accepted' } };
      },
    };
  }
}

/** The 2.0.1 groupIdToken of an idTokenInfo. */
function groupIn(info: Payload | undefined): string | undefined {
  return (info?.groupIdToken as { idToken?: string } | undefined)?.idToken;
}
