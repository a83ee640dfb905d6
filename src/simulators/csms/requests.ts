import type { Payload } from '../../rpc/codec.js';
import type { OcppVersion } from '../../rpc/versions.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import { HOSTILE_TEXT } from './faults.js';
import { shapeRequest } from './request-shaping.js';
import { shapeRequest16 } from './core-16.js';
import type { CsmsFaultName } from './blocks/index.js';
import type { RequestBuilder, RequestContext } from './types.js';
import { isoFromNow } from './request-helpers.js';

type Builder = RequestBuilder<CsmsFaultName>;

const WRONG_TOKEN = 'NOT-THE-ASKED-TOKEN';
const WRONG_TX_201 = 'no-such-transaction';
const WRONG_TX_16 = 987654321;


/** The station's most recent transaction, running or ended. */
function lastTransactionId(ctx: RequestContext): string | undefined {
  let last: string | undefined;
  for (const t of ctx.csms.transactions.values()) if (t.stationId === ctx.stationId) last = t.transactionId;
  return last;
}

const heartbeatComponent = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };

/** Sensible default payloads of the CSMS->station messages, OCPP 2.0.1, that no block owns yet (blocks/<X>/ requests()). */
const BUILDERS_201: Record<string, Builder> = {
  // E14: the status of one transaction when the operator names it (hint transactionId), else of the station's queue as a whole.
  GetTransactionStatus: () => ({}),
  Reset: () => ({ type: 'Immediate' }),
  SetVariables: (ctx) => ({ setVariableData: [{ ...heartbeatComponent, attributeValue: String(ctx.csms.heartbeatInterval) }] }),
  GetVariables: () => ({ getVariableData: [heartbeatComponent] }),
  GetBaseReport: (ctx) => ({ requestId: ctx.nextRequestId(), reportBase: 'FullInventory' }),
  GetReport: (ctx) => ({ requestId: ctx.nextRequestId() }),
  SetChargingProfile: (ctx) => ({
    evseId: 0,
    chargingProfile: {
      id: ctx.nextRequestId(), stackLevel: 0, chargingProfilePurpose: 'ChargingStationMaxProfile', chargingProfileKind: 'Absolute',
      chargingSchedule: [{ id: 1, startSchedule: isoFromNow(ctx), chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] }],
    },
  }),
  GetChargingProfiles: (ctx) => ({ requestId: ctx.nextRequestId(), chargingProfile: { chargingProfilePurpose: 'ChargingStationMaxProfile' } }),
  ClearChargingProfile: () => ({}),
  GetCompositeSchedule: () => ({ duration: 3600, evseId: 0 }),
  // B09: the operator gives the real connection data in the hint; these defaults only make a valid message.
  SetNetworkProfile: (ctx, hint) => {
    // The endpoint of the asked security profile (A05: a higher one has its own endpoint here).
    const asked = (hint.connectionData as Payload | undefined)?.securityProfile;
    const securityProfile = typeof asked === 'number' ? asked : ctx.csms.securityProfile;
    const url = ctx.csms.endpointFor(securityProfile as SecurityProfile) ?? 'wss://127.0.0.1/ocpp';
    return {
      configurationSlot: 1,
      connectionData: { ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: url, messageTimeout: 30, securityProfile, ocppInterface: 'Wired0' },
    };
  },
};

/** Sensible default payloads of the Central System->Charge Point messages, OCPP 1.6 (+ security whitepaper). */
const BUILDERS_16: Record<string, Builder> = {
  Reset: () => ({ type: 'Soft' }),
  ChangeConfiguration: (ctx) => ({ key: 'HeartbeatInterval', value: String(ctx.csms.heartbeatInterval) }),
  GetConfiguration: () => ({}),
  GetLog: (ctx) => ({ logType: 'DiagnosticsLog', requestId: ctx.nextRequestId(), log: { remoteLocation: 'ftp://127.0.0.1/logs' } }),
};

/** Actions with a default payload, per version: the kernel's and the blocks'. */
export function buildableActions(version: OcppVersion, blocks: Readonly<Record<string, RequestBuilder>> = {}): string[] {
  return [...new Set([...Object.keys(version === '1.6' ? BUILDERS_16 : BUILDERS_201), ...Object.keys(blocks)])];
}

const isPlainObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars in `over` replace; null in `over` leaves the field out (e.g. a list the operator wants without entries). */
export function deepMerge(base: Payload, over: Payload): Payload {
  const out: Payload = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    if (v === null) delete out[k];
    else out[k] = isPlainObject(b) && isPlainObject(v) ? deepMerge(b, v) : v;
  }
  return out;
}

/**
 * The payload the CSMS sends for `action`: the default for the action (empty when it has none),
 * with the hint's fields on top, then the request faults applied. Throws OCPPH_ERR_SIMULATOR when
 * a default needs state the CSMS does not have (e.g. RequestStopTransaction without a live transaction).
 */
export function buildRequest(ctx: RequestContext<CsmsFaultName>, action: string, hint: Payload = {}, blocks: Readonly<Record<string, RequestBuilder>> = {},
  blockFaults: (ctx: RequestContext<CsmsFaultName>, action: string, p: Payload) => Payload = (_c, _a, p) => p): Payload {
  // A block's default replaces the kernel's (the kernel keeps those no block owns yet).
  const builder = blocks[action] ?? (ctx.version === '1.6' ? BUILDERS_16 : BUILDERS_201)[action];
  const payload = blockFaults(ctx, action, deepMerge(builder ? builder(ctx, hint) : {}, hint));
  return applyRequestFaults(ctx, action, shapeRequest16(ctx.version, ctx.csms.hasFault, action, shapeRequest(ctx, action, payload)));
}

function applyRequestFaults(ctx: RequestContext<CsmsFaultName>, action: string, p: Payload): Payload {
  const has = ctx.csms.hasFault;
  if (has('request-start-wrong-token')) {
    if (action === 'RequestStartTransaction') p.idToken = { ...(isPlainObject(p.idToken) ? p.idToken : { type: 'Central' }), idToken: WRONG_TOKEN };
    if (action === 'RemoteStartTransaction') p.idTag = WRONG_TOKEN;
  }
  if (has('request-stop-wrong-transaction')) {
    if (action === 'RequestStopTransaction') p.transactionId = WRONG_TX_201;
    if (action === 'RemoteStopTransaction') p.transactionId = WRONG_TX_16;
  }
  if (action === 'GetTransactionStatus') {
    if (has('transaction-status-wrong-transaction') && p.transactionId !== undefined) p.transactionId = WRONG_TX_201;
    if (has('transaction-status-adds-transaction') && p.transactionId === undefined) p.transactionId = lastTransactionId(ctx) ?? WRONG_TX_201;
  }
  if (has('reset-wrong-type') && action === 'Reset') {
    const flip: Record<string, string> = { Immediate: 'OnIdle', OnIdle: 'Immediate', Hard: 'Soft', Soft: 'Hard' };
    p.type = flip[String(p.type)] ?? p.type;
  }
  if (has('hostile-strings')) {
    if (action === 'DataTransfer') p.data = HOSTILE_TEXT;
    if (action === 'SetDisplayMessage' && isPlainObject(p.message) && isPlainObject(p.message.message)) p.message.message.content = HOSTILE_TEXT;
  }
  return p;
}
