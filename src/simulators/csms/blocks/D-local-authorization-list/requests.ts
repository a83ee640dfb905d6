/**
 * The CSMS's Local Authorization List requests (D01, D02; 1.6 5.13, 5.15): the default payloads of
 * SendLocalList and GetLocalListVersion. The list is the tokens the CSMS knows; the operator's hint
 * (updateType, the entries) goes on top. A new list gets a version above every one this CSMS sent
 * before (D01.FR.19): a clock-based counter, so a station's older version is always exceeded.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { RequestBuilders } from '../../block-host.js';
import type { RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** AuthorizationStatus values OCPP 1.6 knows. */
const STATUS_16 = new Set(['Accepted', 'Blocked', 'Expired', 'ConcurrentTx']);

/** Seconds since 2024-01-01: a version that grows with time and fits an int32 for decades. */
let lastVersion = Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000);

function nextVersion(ctx: RequestContext<Faults>): number {
  if (ctx.csms.hasFault('local-list-version-fixed')) return 1;
  lastVersion = Math.max(lastVersion + 1, Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000));
  return lastVersion;
}

function sendLocalList201(ctx: RequestContext<Faults>, hint: Payload): Payload {
  const full = hint.updateType !== 'Differential';
  const list = ctx.csms.idTokens().map((t): Payload => ({
    idToken: { idToken: t.idToken, type: t.type ?? 'ISO14443' },
    ...(full && ctx.csms.hasFault('local-list-without-info') ? {} : { idTokenInfo: {
      status: t.status === 'Invalid' ? 'Unknown' : t.status,
      ...(t.groupIdToken ? { groupIdToken: { idToken: t.groupIdToken, type: t.type ?? 'ISO14443' } } : {}),
    } }),
  }));
  return {
    versionNumber: nextVersion(ctx), updateType: full ? 'Full' : 'Differential',
    ...(list.length ? { localAuthorizationList: list } : {}),
    ...(ctx.csms.hasFault('local-list-16-field') ? { listVersion: 1 } : {}),
  };
}

export const LOCAL_LIST_REQUESTS: RequestBuilders<Faults> = {
  '2.0.1': {
    GetLocalListVersion: (ctx) => (ctx.csms.hasFault('local-list-version-request-16-field') ? { listVersion: 0 } : {}),
    SendLocalList: sendLocalList201,
  },
  '1.6': {
    GetLocalListVersion: () => ({}),
    SendLocalList: (ctx) => ({
      listVersion: 1,
      updateType: 'Full',
      localAuthorizationList: ctx.csms.idTokens().map((t) => ({ idTag: t.idToken, idTagInfo: { status: STATUS_16.has(t.status) ? t.status : 'Invalid' } })),
    }),
  },
};
