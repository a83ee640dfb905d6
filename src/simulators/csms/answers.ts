import type { CsmsFaultName } from './blocks/index.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import { isBasicAuthPassword, type VariableData } from './request-shaping.js';
import type { CsmsState, StationConfig, StationSession } from './types.js';

/**
 * Blocks A and B: what the CSMS learns from the station's answers to its own requests — the
 * station's new BasicAuthPassword (A01), its ItemsPerMessageGetVariables (B06.FR.05) — and how it
 * takes a failed SetNetworkProfile (B09).
 */
export interface AnswerContext {
  csms: CsmsState;
  stationId: string;
  session: StationSession | undefined;
  /** The station's settings entry (created when missing). */
  entry: () => StationConfig;
}

interface VariableResult extends VariableData { attributeStatus?: string }

const sameVariable = (a: VariableData, b: VariableData) => a.component?.name === b.component?.name && a.component?.instance === b.component?.instance
  && a.variable?.name === b.variable?.name && a.variable?.instance === b.variable?.instance;

export function learnFromAnswer(ctx: AnswerContext, action: string, request: Payload, outcome: CallOutcome): void {
  if (outcome.kind !== 'result') return;
  const has = ctx.csms.hasFault;
  if (action === 'SetVariables') {
    const results = (outcome.payload.setVariableResult as VariableResult[] | undefined) ?? [];
    for (const d of (request.setVariableData as VariableData[] | undefined) ?? []) {
      if (!isBasicAuthPassword(d) || typeof d.attributeValue !== 'string') continue;
      const accepted = results.find((r) => sameVariable(r, d))?.attributeStatus === 'Accepted';
      // A01.FR.03: Accepted -> only the new credentials; A01.FR.04: anything else -> keep the old ones.
      const adopt = accepted ? !has('password-change-ignored') : has('password-changed-despite-rejected');
      if (adopt) ctx.entry().password = d.attributeValue;
      ctx.csms.log(`${ctx.stationId}: BasicAuthPassword change ${accepted ? 'accepted' : 'not accepted'} by the station; ${adopt ? 'the new' : 'the old'} password applies`, 'info');
    }
  }
  if (action === 'ChangeConfiguration' && request.key === 'AuthorizationKey' && typeof request.value === 'string') {
    // 1.6 security whitepaper A01.FR.03/04: Accepted -> only the new AuthorizationKey; anything else -> the old one.
    const accepted = outcome.payload.status === 'Accepted';
    const adopt = accepted ? !has('password-change-ignored') : has('password-changed-despite-rejected');
    if (adopt) ctx.entry().password = request.value;
    ctx.csms.log(`${ctx.stationId}: AuthorizationKey change ${accepted ? 'accepted' : 'not accepted'} by the Charge Point; ${adopt ? 'the new' : 'the old'} password applies`, 'info');
  }
  if (action === 'GetVariables') {
    for (const r of (outcome.payload.getVariableResult as VariableResult[] | undefined) ?? []) {
      if (r.component?.name !== 'DeviceDataCtrlr' || r.variable?.name !== 'ItemsPerMessage' || r.variable.instance !== 'GetVariables') continue;
      const n = Number(r.attributeValue);
      if (r.attributeStatus === 'Accepted' && Number.isInteger(n) && n > 0) ctx.entry().itemsPerMessageGetVariables = n;
    }
  }
  if (action === 'SetNetworkProfile' && outcome.payload.status === 'Failed' && has('network-profile-failed-disconnects')) {
    ctx.session?.rpc.close(1000, 'network profile could not be set');
  }
}

/** B06.FR.05: a GetVariablesRequest cut into messages of at most the station's ItemsPerMessageGetVariables. */
export function splitGetVariables(entry: StationConfig | undefined, hasFault: (name: CsmsFaultName) => boolean, request: Payload): Payload[] {
  const data = request.getVariableData;
  const max = entry?.itemsPerMessageGetVariables;
  if (!Array.isArray(data) || max === undefined || data.length <= max || hasFault('ignores-items-per-message')) return [request];
  const size = hasFault('getvariables-split-too-small') ? Math.max(1, Math.floor(max / 2)) : max;
  const parts: Payload[] = [];
  for (let i = 0; i < data.length; i += size) parts.push({ ...request, getVariableData: data.slice(i, i + size) });
  return parts;
}

/** One outcome for a request sent in parts: the results joined, or the first outcome that is not a result. */
export function joinGetVariablesOutcomes(outcomes: CallOutcome[]): CallOutcome {
  const results: Array<Extract<CallOutcome, { kind: 'result' }>> = [];
  for (const o of outcomes) {
    if (o.kind !== 'result') return o;
    results.push(o);
  }
  const [first] = results;
  if (!first) return { kind: 'closed', messageId: '', t: Date.now() };
  const getVariableResult = results.flatMap((o) => (o.payload.getVariableResult as unknown[] | undefined) ?? []);
  return { ...first, payload: { ...first.payload, getVariableResult } };
}
