/**
 * N10.FR.02 in the reference CSMS: when it has cleared the customer information of an idToken that is in a
 * station's Local Authorization List, it updates that list (D01): a Differential SendLocalList removing the
 * idToken (an entry without idTokenInfo), with a version above the list's. It knows the station's list from
 * the SendLocalList requests the station Accepted, and the cleared customer from the CustomerInformation it
 * Accepted; it sends the update once the station's report is complete (NotifyCustomerInformation tbc false).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CallOutcome } from '../../../../rpc/connection.js';
import type { CsmsContext } from '../../types.js';

import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

interface StationList { version: number; tokens: Map<string, Payload> }

const keyOf = (t: Payload | undefined): string | undefined => (t && typeof t.idToken === 'string' ? `${String(t.type)}:${t.idToken}` : undefined);
const accepted = (o: CallOutcome): boolean => o.kind === 'result' && o.payload.status === 'Accepted';

export class LocalListTracker {
  /** Personality cleared-customer-full-list: the rest of the list as a Full update instead of a Differential removal. */
  constructor(private readonly fullAfterClear = false) {}

  private readonly lists = new Map<string, StationList>();
  /** requestId of an Accepted clearing CustomerInformation -> the idToken it cleared, per station. */
  private readonly clearing = new Map<string, Map<number, Payload>>();

  /** Learns the station's list (SendLocalList Accepted) and the customers it agreed to clear. */
  learn(stationId: string, action: string, request: Payload, outcome: CallOutcome): void {
    if (!accepted(outcome)) return;
    if (action === 'SendLocalList') this.learnList(stationId, request);
    const token = request.idToken as Payload | undefined;
    if (action === 'CustomerInformation' && request.clear === true && keyOf(token) !== undefined && typeof request.requestId === 'number') {
      const pending = this.clearing.get(stationId) ?? new Map<number, Payload>();
      pending.set(request.requestId, token!);
      this.clearing.set(stationId, pending);
    }
  }

  private learnList(stationId: string, request: Payload): void {
    const entries = Array.isArray(request.localAuthorizationList) ? (request.localAuthorizationList as Payload[]) : [];
    const list = request.updateType === 'Full' ? { version: 0, tokens: new Map<string, Payload>() } : this.lists.get(stationId) ?? { version: 0, tokens: new Map<string, Payload>() };
    list.version = Number(request.versionNumber) || list.version;
    for (const e of entries) {
      const key = keyOf(e.idToken as Payload | undefined);
      if (key === undefined) continue;
      if (e.idTokenInfo === undefined) list.tokens.delete(key);
      else list.tokens.set(key, e.idToken as Payload);
    }
    this.lists.set(stationId, list);
  }

  /** On the last NotifyCustomerInformation of a clearing request: the Differential update, sent after the reply. */
  afterReport(ctx: CsmsContext<Faults>, report: Payload): void {
    const has = (f: Faults): boolean => ctx.csms.hasFault(f);
    const stationId = ctx.session.stationId;
    const pending = this.clearing.get(stationId);
    const token = pending?.get(Number(report.requestId));
    if (!token || report.tbc === true) return;
    pending!.delete(Number(report.requestId));
    const list = this.lists.get(stationId);
    if (!list?.tokens.has(keyOf(token)!) || has('clear-customer-local-list-not-updated')) return;
    // The faults: a Full list that still holds the cleared idToken; a Differential that re-adds it (with idTokenInfo).
    const all = [...list.tokens.values()].map((t) => ({ idToken: t, idTokenInfo: { status: 'Accepted' } }));
    const rest = all.filter((e) => keyOf(e.idToken) !== keyOf(token));
    const full = has('clear-customer-local-list-full') ? all : this.fullAfterClear ? rest : undefined;
    const payload: Payload = full
      ? { versionNumber: list.version + 1, updateType: 'Full', ...(full.length ? { localAuthorizationList: full } : {}) }
      : { versionNumber: list.version + 1, updateType: 'Differential',
        localAuthorizationList: [{ idToken: token, ...(has('clear-customer-local-list-readded') ? { idTokenInfo: { status: 'Accepted' } } : {}) }] };
    ctx.after(async () => {
      await ctx.csms.send(stationId, 'SendLocalList', payload).catch((e: unknown) => {
        ctx.csms.log(`${stationId}: SendLocalList after clearing customer ${String(token.idToken)} not sent: ${e instanceof Error ? e.message : String(e)}`, 'warn');
      });
    });
  }
}
