/**
 * The CSMS's OCPP 1.6 Local Authorization List requests (5.10 Get Local List Version, 5.15 Send Local List):
 * the default payloads (the operator's hint goes on top: updateType, listVersion, the entries) and the
 * 1.6 request faults, which act after the hint (shapeRequest16) so they can get the request wrong.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { RequestBuilder, RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';
import { nextVersion } from './list-version.js';

type Faults = (typeof FAULTS)[number]['name'];

/** AuthorizationStatus values OCPP 1.6 knows (7.2). */
const STATUS_16 = new Set(['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx']);

/**
 * SendLocalList: the tokens the CSMS knows, each with its idTagInfo (a Full list replaces the station's, a
 * Differential one updates the entries it names), and a listVersion above every one sent before.
 */
function sendLocalList(ctx: RequestContext<Faults>, hint: Payload): Payload {
  const list = ctx.csms.idTokens().map((t): Payload => ({
    idTag: t.idToken,
    idTagInfo: { status: STATUS_16.has(t.status) ? t.status : 'Invalid', ...(t.groupIdToken ? { parentIdTag: t.groupIdToken } : {}) },
  }));
  return {
    listVersion: nextVersion(ctx), updateType: hint.updateType === 'Differential' ? 'Differential' : 'Full',
    ...(list.length ? { localAuthorizationList: list } : {}),
  };
}

export const LOCAL_LIST_REQUESTS_16: Readonly<Record<string, RequestBuilder<Faults>>> = {
  GetLocalListVersion: () => ({}),
  SendLocalList: sendLocalList,
};

const SWAPPED: Readonly<Record<string, string>> = { Full: 'Differential', Differential: 'Full' };

/** The 1.6 request faults of D, on the payload built from the default and the hint. */
export function shapeLocalList16(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
  if (ctx.version !== '1.6') return payload;
  const has = ctx.csms.hasFault;
  if (action === 'GetLocalListVersion' && has('local-list-version-16-extra-field')) return { ...payload, listVersion: 0 };
  if (action !== 'SendLocalList') return payload;
  const p: Payload = { ...payload };
  if (has('local-list-16-update-type-swapped')) p.updateType = SWAPPED[String(p.updateType)] ?? p.updateType;
  if (has('local-list-16-without-info') && Array.isArray(p.localAuthorizationList)) {
    p.localAuthorizationList = (p.localAuthorizationList as Payload[]).map((e) => ({ idTag: e.idTag }));
  }
  return p;
}
