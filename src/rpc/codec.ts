import type { Finding } from './findings.js';
import type { OcppVersion } from './versions.js';
import { supportsExtendedMessageTypes } from './versions.js';
import { formatViolationCode } from './error-codes.js';
import { DEFAULT_MAX_FRAME_DEPTH } from '../domain/limits.js';

export const MessageType = {
  CALL: 2,
  CALLRESULT: 3,
  CALLERROR: 4,
  CALLRESULTERROR: 5,
  SEND: 6,
} as const;

export const MAX_MESSAGE_ID_LENGTH = 36;

/** Nesting depth of a frame above which it is a finding and kept as raw text only (config `limits.maxFrameDepth`). */
export { DEFAULT_MAX_FRAME_DEPTH };

export type Payload = Record<string, unknown>;

export type OcppMessage =
  | { type: 2; messageId: string; action: string; payload: Payload }
  | { type: 3; messageId: string; payload: Payload }
  | { type: 4 | 5; messageId: string; errorCode: string; errorDescription: string; errorDetails: Payload }
  | { type: 6; messageId: string; action: string; payload: Payload };

export type ParseResult =
  | { ok: true; message: OcppMessage }
  /** `messageId`/`type` are kept when they could be read, so a receiver can still answer. */
  | { ok: false; finding: Finding; messageId?: string; type?: number };

function isPlainObject(v: unknown): v is Payload {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * True when `value` nests arrays/objects deeper than `limit` (the frame array itself is level 1).
 * Iterative, and stops at the first branch over the limit, so a 100,000-deep frame costs nothing.
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [v, depth] = top;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** A short, safe rendering of a value the SUT sent, for a finding's message (never walks nested data). */
function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  return String(v);
}

/**
 * Parses one OCPP-J text frame. Never throws: anything that is not a well-formed frame of the
 * given version becomes a finding with the raw text kept. Schema checks are not done here.
 */
export function parseFrame(raw: string, version: OcppVersion, origin: Finding['origin'] = 'peer', maxDepth = DEFAULT_MAX_FRAME_DEPTH): ParseResult {
  const t = Date.now();
  const bad = (code: Finding['code'], message: string, extra: Partial<Finding> = {}, messageId?: string, type?: number): ParseResult => ({
    ok: false,
    finding: { code, message, origin, t, raw, rpcErrorCode: extra.rpcErrorCode ?? formatViolationCode(version), ...extra },
    ...(messageId !== undefined ? { messageId } : {}),
    ...(type !== undefined ? { type } : {}),
  });

  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return bad('FRAME_NOT_JSON', `frame is not valid JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data)) return bad('FRAME_NOT_ARRAY', 'frame is not a JSON array');
  const [type, messageId] = data as unknown[];
  // Nothing downstream (schema checks, default answers, reports) ever walks a frame deeper than this.
  if (nestsDeeperThan(data, maxDepth)) {
    return bad('FRAME_TOO_DEEP', `frame nests deeper than ${maxDepth} levels; kept as raw text only`, {},
      typeof messageId === 'string' && messageId.length <= MAX_MESSAGE_ID_LENGTH ? messageId : undefined,
      typeof type === 'number' ? type : undefined);
  }
  // 1.6 has no MessageTypeNotSupported; NotSupported is its closest code.
  const typeNotSupported = version === '1.6' ? 'NotSupported' : 'MessageTypeNotSupported';
  if (typeof type !== 'number' || ![2, 3, 4, 5, 6].includes(type)) {
    return bad('FRAME_BAD_TYPE_ID', `unknown message type id ${describeValue(type)}`, { rpcErrorCode: typeNotSupported },
      typeof messageId === 'string' ? messageId : undefined);
  }
  if ((type === 5 || type === 6) && !supportsExtendedMessageTypes(version)) {
    return bad('FRAME_TYPE_NOT_IN_VERSION', `message type ${type} does not exist in OCPP ${version}`,
      { rpcErrorCode: typeNotSupported }, typeof messageId === 'string' ? messageId : undefined, type);
  }
  if (typeof messageId !== 'string' || messageId.length === 0 || messageId.length > MAX_MESSAGE_ID_LENGTH) {
    return bad('FRAME_BAD_MESSAGE_ID',
      typeof messageId === 'string'
        ? `message id must be 1..${MAX_MESSAGE_ID_LENGTH} characters, got ${messageId.length}`
        : `message id must be a string, got ${describeValue(messageId)}`,
      {}, undefined, type);
  }

  switch (type) {
    case 2:
    case 6: {
      const [, , action, payload] = data as unknown[];
      if (data.length !== 4 || typeof action !== 'string' || !isPlainObject(payload)) {
        return bad('FRAME_BAD_SHAPE', `${type === 2 ? 'CALL' : 'SEND'} must be [${type}, id, action, {payload}]`, {}, messageId, type);
      }
      return { ok: true, message: { type, messageId, action, payload } };
    }
    case 3: {
      const [, , payload] = data as unknown[];
      if (data.length !== 3 || !isPlainObject(payload)) {
        return bad('FRAME_BAD_SHAPE', 'CALLRESULT must be [3, id, {payload}]', {}, messageId, type);
      }
      return { ok: true, message: { type: 3, messageId, payload } };
    }
    default: {
      const [, , errorCode, errorDescription, errorDetails] = data as unknown[];
      if (data.length !== 5 || typeof errorCode !== 'string' || typeof errorDescription !== 'string' || !isPlainObject(errorDetails)) {
        return bad('FRAME_BAD_SHAPE', `${type === 4 ? 'CALLERROR' : 'CALLRESULTERROR'} must be [${type}, id, code, description, {details}]`, {}, messageId, type);
      }
      return { ok: true, message: { type: type as 4 | 5, messageId, errorCode, errorDescription, errorDetails } };
    }
  }
}

export function serializeMessage(message: OcppMessage): string {
  switch (message.type) {
    case 2:
    case 6:
      return JSON.stringify([message.type, message.messageId, message.action, message.payload]);
    case 3:
      return JSON.stringify([3, message.messageId, message.payload]);
    default:
      return JSON.stringify([message.type, message.messageId, message.errorCode, message.errorDescription, message.errorDetails]);
  }
}
