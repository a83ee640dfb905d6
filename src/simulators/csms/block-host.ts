/**
 * The contract between the reference CSMS's host and a block with code of its own (REDESIGN 4.2):
 * the block's entry in blocks/index.ts has a `create(host)`, and the host composes what it returns:
 * the station CALLs it answers, the default payloads of the CSMS->station messages it owns, and the
 * ports other blocks use. A new block is one folder and one line in the list.
 *
 * Faults are typed per block: a block's `create` names the fault names it may ask about (its own,
 * and rpc's shared ones through rpc/port.ts), so a misspelt name does not compile, and the list's
 * fault union never has to be imported by the code it lists.
 */
import type { OcppVersion } from '../../rpc/versions.js';
import type { SecurityProfile } from '../../domain/security-profile.js';
import type { AuthRequest } from '../../transport/server.js';
import type { Payload } from '../../rpc/codec.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { CsmsBehaviour } from '../personalities.js';
import type { AuthorizationPort, CsmsContext, HandlerTable, LogLevel, Reply, RequestBuilder, RequestContext, StationConfig } from './types.js';

export interface CsmsBlockHost<F extends string = string> {
  /** The OCPP versions this CSMS accepts. */
  readonly versions: readonly OcppVersion[];
  /** The faults switched on; `has` takes only the names the block declares it uses. */
  readonly faults: { has(name: F): boolean };
  /** The personality's choices (src/simulators/personalities.ts); absent: the default personality. */
  readonly behaviour?: Readonly<CsmsBehaviour>;
}

/** Default payloads of the CSMS->station messages a block owns, per version (the operator's hint goes on top). */
export type RequestBuilders<F extends string = string> = Partial<Record<OcppVersion, Readonly<Record<string, RequestBuilder<F>>>>>;

export interface CsmsBlockInstance<F extends string = string> {
  /** Handlers for the station's CALLs, keyed by action. */
  handlers?(): HandlerTable<F>;
  /** Default payloads of the CSMS->station messages this block owns (they replace the kernel's default for the action). */
  requests?(): RequestBuilders<F>;
  /** The block's request faults on a payload it owns, applied after the operator's hint (as the kernel's are). */
  shapeRequest?(ctx: RequestContext<F>, action: string, payload: Payload): Payload;
  /**
   * Adds to the answer another block gives to a station CALL (e.g. I Tariff and Cost puts totalCost in the
   * TransactionEventResponse E builds), in block order after the handler.
   */
  shapeReply?(ctx: CsmsContext<F>, action: string, request: Payload, reply: Reply): Reply;
  /** Cuts a request of an action the block owns into the messages the station takes (N06.FR.04); undefined: sent whole. */
  splitRequest?(stationId: string, action: string, payload: Payload): Payload[] | undefined;
  /** Learns from the station's answer to a request the CSMS sent (e.g. an ItemsPerMessage limit it reported). */
  learnFromAnswer?(stationId: string, action: string, request: Payload, outcome: CallOutcome): void;
  /** C Authorization's port: what the CSMS answers for an id token (E uses it in TransactionEvent / Start/StopTransaction). */
  authorization?: AuthorizationPort;
  /** A Security's port: whether a connecting station is let in. */
  admits?(req: AuthRequest, params: ConnectionPolicyParams): boolean;
}

/** What the host knows of a connecting station, for A Security's connection policy. */
export interface ConnectionPolicyParams {
  /** The security profile of the endpoint the station connects to. */
  profile: SecurityProfile;
  /** The station's settings, when the CSMS knows it. */
  config: StationConfig | undefined;
  /** Only listed stations may connect. */
  closedList: boolean;
  /** The password of stations without their own. */
  password: string | undefined;
  organization: string | undefined;
  log(line: string, level: LogLevel): void;
}

/** Builds the block for this CSMS; undefined when the block does nothing for its versions. */
export type CsmsBlockFactory<F extends string = string> = (host: CsmsBlockHost<F>) => CsmsBlockInstance<F> | undefined;
