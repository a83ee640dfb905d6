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
import { LOCAL_LIST_REQUESTS_16 } from './requests-16.js';
import { nextVersion } from './list-version.js';

type Faults = (typeof FAULTS)[number]['name'];

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
  '1.6': LOCAL_LIST_REQUESTS_16,
};
