/**
 * O Display Messages of the reference CSMS (O01-O06): the default SetDisplayMessage / GetDisplayMessages /
 * ClearDisplayMessage payloads (the operator's hint goes on top: the message's id, priority, state, times,
 * transactionId, or the criteria of a GetDisplayMessages) and the answer to NotifyDisplayMessages. The
 * CSMS remembers the last message it set per station, so "clear the message set before" needs no hint.
 * Its faults apply after the hint (shapeRequest), so they can get the request wrong.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { callError, ok, type HandlerTable, type RequestContext } from '../../types.js';
import type { CsmsBlockFactory, RequestBuilders } from '../../block-host.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);
const OTHER_PRIORITY: Record<string, string> = { NormalCycle: 'InFront', InFront: 'NormalCycle', AlwaysFront: 'InFront' };

export class CsmsDisplayMessages {
  /** The id of the last message set, per station. */
  private readonly last = new Map<string, number>();

  private messageId(ctx: RequestContext<Faults>, hint: Payload): number {
    const asked = isObject(hint.message) && typeof hint.message.id === 'number' ? hint.message.id : undefined;
    const id = asked ?? ctx.nextRequestId();
    this.last.set(ctx.stationId, id);
    return id;
  }

  requests(): RequestBuilders<Faults> {
    return {
      '2.0.1': {
        SetDisplayMessage: (ctx, hint) => ({ message: { id: this.messageId(ctx, hint), priority: 'NormalCycle', message: { format: 'UTF8', language: 'en', content: 'Welcome' } } }),
        GetDisplayMessages: (ctx) => ({ requestId: ctx.nextRequestId() }),
        ClearDisplayMessage: (ctx) => ({ id: this.last.get(ctx.stationId) ?? 1 }),
      },
    };
  }

  /** The request faults of this block, on the payload built from the default and the operator's hint. */
  shapeRequest(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
    const has = ctx.csms.hasFault;
    const p: Payload = { ...payload };
    if (action === 'SetDisplayMessage' && isObject(p.message)) {
      const m: Payload = { ...p.message };
      if (has('display-wrong-priority')) m.priority = OTHER_PRIORITY[String(m.priority)] ?? m.priority;
      if (has('display-drops-state')) delete m.state;
      if (has('display-drops-transaction')) delete m.transactionId;
      if (has('display-drops-times')) { delete m.startDateTime; delete m.endDateTime; }
      if (has('display-adds-times') && (m.startDateTime === undefined) !== (m.endDateTime === undefined)) m.startDateTime = m.endDateTime = m.startDateTime ?? m.endDateTime;
      if (has('display-replace-new-id')) m.id = Number(m.id) + 1;
      if (has('display-set-no-id')) delete m.id;
      p.message = m;
    }
    if (action === 'GetDisplayMessages') {
      if (has('display-get-adds-priority') && p.priority === undefined) p.priority = 'NormalCycle';
      if (has('display-get-wrong-id') && Array.isArray(p.id)) p.id = p.id.map((i) => Number(i) + 1);
      if (has('display-get-no-request-id')) delete p.requestId;
    }
    if (action === 'ClearDisplayMessage') {
      if (has('display-clear-wrong-id')) p.id = Number(p.id) + 1;
      if (has('display-clear-no-id')) delete p.id;
    }
    return p;
  }

  handlers(): HandlerTable<Faults> {
    return {
      NotifyDisplayMessages: (_p, ctx) => (ctx.csms.hasFault('notify-display-messages-unhandled')
        ? callError('InternalError', 'display message reports are not handled') : ok({})),
    };
  }
}

export const create: CsmsBlockFactory<Faults> = (host) => {
  if (!host.versions.includes('2.0.1')) return undefined;
  const block = new CsmsDisplayMessages();
  return { requests: () => block.requests(), handlers: () => block.handlers(), shapeRequest: (ctx, action, p) => block.shapeRequest(ctx, action, p) };
};
