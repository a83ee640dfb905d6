/**
 * Composes the reference CSMS from its block list (blocks/index.ts): each block's `create(host)`
 * gives its CALL handlers, its default request payloads and its ports, and the host wires them.
 */
import { HarnessError } from '../../errors.js';
import type { OcppVersion } from '../../rpc/versions.js';
import type { AuthRequest } from '../../transport/server.js';
import type { CsmsBlockHost, CsmsBlockInstance, ConnectionPolicyParams, RequestBuilders } from './block-host.js';
import { CSMS_BLOCKS } from './blocks/index.js';
import type { Payload } from '../../rpc/codec.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { AuthorizationPort, CallHandler, Reply, RequestBuilder, RequestContext } from './types.js';

export interface ComposedCsms {
  /** Station CALL handlers by action. */
  readonly handlers: Map<string, CallHandler>;
  /** Default request payloads the blocks own, per version. */
  readonly requests: RequestBuilders;
  readonly authorization: AuthorizationPort;
  /** The blocks' request faults, applied in block order after the hint. */
  shapeRequest(ctx: RequestContext, action: string, payload: Payload): Payload;
  admits(req: AuthRequest, params: ConnectionPolicyParams): boolean;
  /** The first block's split of a request into parts (undefined: sent whole). */
  splitRequest(stationId: string, action: string, payload: Payload): Payload[] | undefined;
  /** Every block learns from the station's answer to a request. */
  learnFromAnswer(stationId: string, action: string, request: Payload, outcome: CallOutcome): void;
}

export function composeCsms(host: CsmsBlockHost): ComposedCsms {
  const handlers = new Map<string, CallHandler>();
  const requests: Partial<Record<OcppVersion, Record<string, RequestBuilder>>> = {};
  let authorization: AuthorizationPort | undefined;
  let admits: ComposedCsms['admits'] | undefined;
  const shapers: Array<NonNullable<CsmsBlockInstance['shapeRequest']>> = [];
  const replyShapers: Array<NonNullable<CsmsBlockInstance['shapeReply']>> = [];
  const splitters: Array<NonNullable<CsmsBlockInstance['splitRequest']>> = [];
  const learners: Array<NonNullable<CsmsBlockInstance['learnFromAnswer']>> = [];
  for (const block of CSMS_BLOCKS) {
    if (!('create' in block)) continue;
    const built: CsmsBlockInstance | undefined = block.create(host);
    if (!built) continue;
    for (const [action, handler] of Object.entries(built.handlers?.() ?? {})) {
      if (handlers.has(action)) throw new HarnessError('OCPPH_ERR_SIMULATOR', `CSMS block ${block.id} answers ${action}, which another block answers already`);
      handlers.set(action, handler);
    }
    for (const [version, table] of Object.entries(built.requests?.() ?? {}) as Array<[OcppVersion, Record<string, RequestBuilder>]>) {
      requests[version] = { ...(requests[version] ?? {}), ...table };
    }
    if (built.shapeRequest) shapers.push(built.shapeRequest.bind(built));
    if (built.shapeReply) replyShapers.push(built.shapeReply.bind(built));
    if (built.splitRequest) splitters.push(built.splitRequest.bind(built));
    if (built.learnFromAnswer) learners.push(built.learnFromAnswer.bind(built));
    authorization ??= built.authorization;
    admits ??= built.admits?.bind(built);
  }
  if (!authorization || !admits) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the CSMS block list lacks C Authorization or A Security');
  if (replyShapers.length > 0) {
    for (const [action, handler] of handlers) {
      handlers.set(action, async (payload, ctx) => replyShapers.reduce<Reply>((reply, shape) => shape(ctx, action, payload, reply), await handler(payload, ctx)));
    }
  }
  return {
    handlers, requests, authorization, admits, shapeRequest: (ctx, action, payload) => shapers.reduce((p, shape) => shape(ctx, action, p), payload),
    splitRequest: (stationId, action, payload) => splitters.reduce<Payload[] | undefined>((parts, split) => parts ?? split(stationId, action, payload), undefined),
    learnFromAnswer: (stationId, action, request, outcome) => { for (const learn of learners) learn(stationId, action, request, outcome); },
  };
}
