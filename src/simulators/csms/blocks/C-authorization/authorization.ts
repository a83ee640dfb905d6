import type { Payload } from '../../../../rpc/codec.js';
import type { OcppVersion } from '../../../../rpc/versions.js';
import { HOSTILE_TEXT, type RpcFaultName } from '../rpc/port.js';
import { ok, type CsmsContext, type CsmsState, type HandlerTable } from '../../types.js';
import type { FAULTS } from './faults.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { contractCheck, withCertificateStatus, type Iso15118FaultName } from '../C-iso15118/port.js';

/** The faults this block asks about: its own, rpc's shared ones and the ISO 15118 contract check's. */
type Faults = (typeof FAULTS)[number]['name'] | RpcFaultName | Iso15118FaultName;
type Ctx = CsmsContext<Faults>;

/** AuthorizationStatus values OCPP 1.6 knows; 2.0.1-only ones fall back to Invalid. */
const STATUS_16 = new Set(['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx']);

/** What the CSMS knows about a token value: its status as the station's version spells it. */
export function tokenStatus(csms: CsmsState<Faults>, version: OcppVersion, value: string, type?: string): string {
  if (version !== '1.6' && type === 'NoAuthorization') return 'Accepted';
  const known = csms.idToken(value);
  if (!known || (version !== '1.6' && type !== undefined && known.type !== undefined && known.type !== type)) {
    return version === '1.6' ? 'Invalid' : 'Unknown';
  }
  let status = known.status;
  if (known.expiryDate && Date.parse(known.expiryDate) <= csms.now().getTime()) status = 'Expired';
  if (version === '1.6' && !STATUS_16.has(status)) return 'Invalid';
  return status;
}

/** 2.0.1 IdTokenInfoType for a presented IdTokenType; `status` overrides the looked-up one. */
export function idTokenInfo(ctx: Ctx, idToken: { idToken?: unknown; type?: unknown }, status?: string): Payload {
  const value = String(idToken.idToken ?? '');
  const type = typeof idToken.type === 'string' ? idToken.type : undefined;
  const info: Payload = { status: status ?? tokenStatus(ctx.csms, ctx.version, value, type) };
  const known = ctx.csms.idToken(value);
  if (known?.groupIdToken && !ctx.csms.hasFault('group-id-token-omitted')) info.groupIdToken = { idToken: known.groupIdToken, type: known.type ?? 'Central' };
  if (ctx.csms.hasFault('hostile-strings')) info.personalMessage = { format: 'UTF8', content: HOSTILE_TEXT };
  return info;
}

/** 1.6 IdTagInfo for an idTag; `status` overrides the looked-up one. */
export function idTagInfo(ctx: Ctx, idTag: string, status?: string): Payload {
  const info: Payload = { status: status ?? tokenStatus(ctx.csms, '1.6', idTag) };
  const known = ctx.csms.idToken(idTag);
  if (known?.groupIdToken) info.parentIdTag = known.groupIdToken;
  if (known?.expiryDate) info.expiryDate = known.expiryDate;
  return info;
}

/** The Authorize answer, with the authorization faults applied. */
function authorizeStatus(ctx: Ctx, value: string, type?: string): string {
  const status = tokenStatus(ctx.csms, ctx.version, value, type);
  if ((status === 'Invalid' || status === 'Unknown') && ctx.csms.hasFault('authorize-accepts-invalid')) return 'Accepted';
  if (status === 'Blocked' && ctx.csms.hasFault('authorize-ignores-blocked')) return 'Accepted';
  if (status === 'Expired' && ctx.csms.hasFault('authorize-ignores-expiry')) return 'Accepted';
  return status;
}

export const authorizationHandlers: HandlerTable<Faults> = {
  Authorize: async (p, ctx) => {
    if (ctx.version === '1.6') {
      const idTag = String(p.idTag ?? '');
      return ok({ idTagInfo: idTagInfo(ctx, idTag, authorizeStatus(ctx, idTag)) });
    }
    const token = (p.idToken ?? {}) as { idToken?: unknown; type?: unknown };
    // ISO 15118 (C07): the contract certificate chain decides first.
    const contract = await contractCheck(p, ctx);
    const status = contract?.tokenStatus ?? authorizeStatus(ctx, String(token.idToken ?? ''), typeof token.type === 'string' ? token.type : undefined);
    const answer = { idTokenInfo: idTokenInfo(ctx, token, status) };
    return ok(contract ? withCertificateStatus(answer, contract) : answer);
  },
};

/** C Authorization answers Authorize and gives the other blocks its port (idTokenInfo / idTagInfo). */
/** ClearCacheRequest carries nothing (C11): the same empty default in both versions. */
const clearCache = { ClearCache: () => ({}) };

export const create: CsmsBlockFactory<Faults> = () => ({
  handlers: () => authorizationHandlers,
  requests: () => ({ '1.6': clearCache, '2.0.1': clearCache, '2.1': clearCache }),
  authorization: { idTokenInfo, idTagInfo },
});
