import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { WebSocket, RawData } from 'ws';
import type { OcppVersion } from './versions.js';
import { DEFAULT_MAX_FRAME_DEPTH, parseFrame, serializeMessage, type OcppMessage, type Payload } from './codec.js';
import { SchemaRegistry } from './schemas.js';
import type { Finding, FindingCode } from './findings.js';
import { isValidRpcErrorCode, formatViolationCode } from './error-codes.js';
import { frameChannel, findingChannel } from './diagnostics.js';
import { RecentIds, SEEN_IDS_LIMIT } from './recent-ids.js';

export interface FrameEvent {
  t: number;
  dir: 'tx' | 'rx';
  raw: string;
  connectionId: string;
  action?: string;
  messageId?: string;
  findings?: Finding[];
}

/** A CALL (or 2.1 SEND) received from the peer. `findings` holds what was wrong with it, if anything. */
export interface IncomingCall {
  messageId: string;
  action: string;
  payload: Payload;
  raw: string;
  t: number;
  kind: 'call' | 'send';
  findings: Finding[];
  /** The OCPP-J error a conformant receiver answers with, when the call is not acceptable as is. */
  suggestedError?: { code: string; description: string };
}

export type CallOutcome =
  | { kind: 'result'; messageId: string; payload: Payload; raw: string; t: number; findings: Finding[] }
  | { kind: 'error'; messageId: string; errorCode: string; errorDescription: string; errorDetails: Payload; raw: string; t: number; findings: Finding[] }
  | { kind: 'timeout'; messageId: string; t: number }
  | { kind: 'closed'; messageId: string; t: number };

export interface CallOptions {
  timeoutMs?: number;
  /** Send even if a CALL of ours is still unanswered (a deliberate protocol violation, for negative tests). */
  ignoreInFlight?: boolean;
  /** Use this message id instead of a fresh one (negative tests). */
  messageId?: string;
}

export interface RpcConnectionOptions {
  version: OcppVersion;
  /** Default CALL timeout. */
  callTimeoutMs?: number;
  /** Validate frames against the OCA schemas (default true). */
  validate?: boolean;
  /** Used in frame events and diagnostics, e.g. the station id. */
  id?: string;
  /** Frames nesting deeper than this are a FRAME_TOO_DEEP finding (default DEFAULT_MAX_FRAME_DEPTH). */
  maxFrameDepth?: number;
}

interface Pending {
  messageId: string;
  action: string;
  resolve: (outcome: CallOutcome) => void;
  timer: NodeJS.Timeout;
}

/**
 * OCPP-J over one WebSocket: framing, schema checks, correlation and the one-CALL-in-flight rule.
 * It reports, it never judges: every anomaly becomes a `finding` event and the caller decides
 * whether to answer, fail a case, or ignore it.
 *
 * Events: 'frame' (FrameEvent), 'finding' (Finding), 'call' (IncomingCall), 'close' ({code, reason, t}).
 */
export class RpcConnection extends EventEmitter {
  readonly version: OcppVersion;
  readonly id: string;
  private readonly ws: WebSocket;
  private readonly schemas: SchemaRegistry;
  private readonly validateFrames: boolean;
  private readonly callTimeoutMs: number;
  private readonly maxFrameDepth: number;
  private pending: Pending | undefined;
  private readonly timedOut = new RecentIds<string>(SEEN_IDS_LIMIT);
  private readonly answered = new RecentIds(SEEN_IDS_LIMIT);
  private readonly outboundQueue: Array<() => void> = [];
  /** Peer CALLs we have not answered yet (id -> action). */
  private readonly unansweredIncoming = new Map<string, string>();
  private readonly seenPeerIds = new RecentIds(SEEN_IDS_LIMIT);
  private closedInfo: { code: number; reason: string; t: number } | undefined;

  constructor(ws: WebSocket, options: RpcConnectionOptions) {
    super();
    this.ws = ws;
    this.version = options.version;
    this.id = options.id ?? randomUUID();
    this.schemas = SchemaRegistry.for(options.version);
    this.validateFrames = options.validate ?? true;
    this.callTimeoutMs = options.callTimeoutMs ?? 30_000;
    this.maxFrameDepth = options.maxFrameDepth ?? DEFAULT_MAX_FRAME_DEPTH;
    ws.on('message', (data: RawData, isBinary: boolean) => this.onMessage(data, isBinary));
    ws.on('close', (code: number, reason: Buffer) => this.onClose(code, reason.toString('utf8')));
    ws.on('error', (err: Error & { code?: string }) => this.onSocketError(err));
  }

  get isOpen(): boolean {
    return this.closedInfo === undefined && this.ws.readyState === this.ws.OPEN;
  }

  get closeInfo(): { code: number; reason: string; t: number } | undefined {
    return this.closedInfo;
  }

  /** Peer CALLs still waiting for our answer. */
  get pendingIncoming(): ReadonlyMap<string, string> {
    return this.unansweredIncoming;
  }

  /** Sends a CALL and resolves with its outcome; never rejects. Waits its turn unless `ignoreInFlight`. */
  async call(action: string, payload: Payload, options: CallOptions = {}): Promise<CallOutcome> {
    // The turn is usually free: take it without an extra await.
    if (!options.ignoreInFlight && !this.takeTurn()) await new Promise<void>((resolve) => this.outboundQueue.push(resolve));
    const messageId = options.messageId ?? randomUUID();
    const t = Date.now();
    if (!this.isOpen) {
      this.releaseTurn(options.ignoreInFlight);
      return { kind: 'closed', messageId, t };
    }
    return new Promise<CallOutcome>((resolve) => {
      const timeoutMs = options.timeoutMs ?? this.callTimeoutMs;
      const timer = setTimeout(() => {
        if (this.pending?.messageId === messageId) this.pending = undefined;
        this.extraPending.delete(messageId);
        this.timedOut.set(messageId, action);
        resolve({ kind: 'timeout', messageId, t: Date.now() });
        this.releaseTurn(options.ignoreInFlight);
      }, timeoutMs);
      const entry: Pending = {
        messageId,
        action,
        timer,
        resolve: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
          this.releaseTurn(options.ignoreInFlight);
        },
      };
      // An `ignoreInFlight` call may hold `pending` while the turn is free: never overwrite it.
      if (!this.pending) this.pending = entry;
      else this.extraPending.set(messageId, entry);
      this.transmit({ type: 2, messageId, action, payload }, action);
    });
  }

  /** 2.1 SEND: a one-way message, no reply expected. */
  sendOneWay(action: string, payload: Payload): string {
    const messageId = randomUUID();
    this.transmit({ type: 6, messageId, action, payload }, action);
    return messageId;
  }

  respond(messageId: string, payload: Payload): void {
    const action = this.unansweredIncoming.get(messageId);
    this.unansweredIncoming.delete(messageId);
    this.transmit({ type: 3, messageId, payload }, action);
  }

  respondError(messageId: string, errorCode: string, errorDescription = '', errorDetails: Payload = {}): void {
    const action = this.unansweredIncoming.get(messageId);
    this.unansweredIncoming.delete(messageId);
    this.transmit({ type: 4, messageId, errorCode, errorDescription, errorDetails }, action);
  }

  /** Leaves a peer CALL unanswered on purpose (a case simulating silence), so the peer's next CALL is not flagged. */
  forget(messageId: string): void {
    this.unansweredIncoming.delete(messageId);
  }

  /** Sends text as is, unchecked: for negative tests that must put a broken frame on the wire. */
  sendRaw(text: string): void {
    if (this.framesWanted) this.emitFrame({ t: Date.now(), dir: 'tx', raw: text, connectionId: this.id });
    this.ws.send(text);
  }

  close(code = 1000, reason = ''): void {
    if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
  }

  /** Drops the TCP connection without a closing handshake. */
  terminate(): void {
    this.closedByUs = true;
    this.ws.terminate();
  }

  /** Resolves when the connection is closed (immediately if it already is). */
  waitClosed(): Promise<{ code: number; reason: string; t: number }> {
    if (this.closedInfo) return Promise.resolve(this.closedInfo);
    return new Promise((resolve) => this.once('close', resolve));
  }

  // --- internals -------------------------------------------------------------------------------

  private readonly extraPending = new Map<string, Pending>();
  private turnTaken = false;
  /** Set by terminate() and by ws protocol errors (ws then closes, 1009 / 1007 / 1002): the 1006 that follows is not the peer dropping out. */
  private closedByUs = false;

  private takeTurn(): boolean {
    if (this.turnTaken) return false;
    this.turnTaken = true;
    return true;
  }

  private releaseTurn(ignoreInFlight: boolean | undefined): void {
    if (ignoreInFlight) return;
    const next = this.outboundQueue.shift();
    if (next) next();
    else this.turnTaken = false;
  }

  private transmit(message: OcppMessage, action: string | undefined): void {
    const raw = serializeMessage(message);
    const findings: Finding[] = [];
    if (this.validateFrames && action && (message.type === 2 || message.type === 3 || message.type === 6)) {
      const check = this.schemas.validate(action, message.type === 3 ? 'response' : 'request', message.payload);
      if (!check.valid) {
        findings.push(this.finding('SCHEMA_VIOLATION', `outgoing ${action} ${message.type === 3 ? 'response' : 'request'} breaks the schema: ${check.message}`,
          'local', { raw, messageId: message.messageId, action, rpcErrorCode: check.rpcErrorCode, details: check.errors }));
      }
    }
    if (this.framesWanted) this.emitFrame({ t: Date.now(), dir: 'tx', raw, connectionId: this.id, messageId: message.messageId, ...(action ? { action } : {}), ...(findings.length ? { findings } : {}) });
    for (const f of findings) this.emitFinding(f);
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(raw);
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    const t = Date.now();
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data).toString('utf8');
    if (isBinary) {
      const f = this.finding('FRAME_BINARY', 'peer sent a binary frame; OCPP-J uses text frames only', 'peer', { raw: text, rpcErrorCode: formatViolationCode(this.version) });
      if (this.framesWanted) this.emitFrame({ t, dir: 'rx', raw: text, connectionId: this.id, findings: [f] });
      this.emitFinding(f);
      return;
    }
    const parsed = parseFrame(text, this.version, 'peer', this.maxFrameDepth);
    if (!parsed.ok) {
      if (this.framesWanted) this.emitFrame({ t, dir: 'rx', raw: text, connectionId: this.id, findings: [parsed.finding], ...(parsed.messageId ? { messageId: parsed.messageId } : {}) });
      this.emitFinding(parsed.finding);
      // A broken CALL still gets a chance to be answered: hand it up with its suggested error.
      if (parsed.messageId && (parsed.type === 2 || parsed.type === undefined)) {
        this.unansweredIncoming.set(parsed.messageId, '');
        this.emit('call', {
          messageId: parsed.messageId, action: '', payload: {}, raw: text, t, kind: 'call', findings: [parsed.finding],
          suggestedError: { code: parsed.finding.rpcErrorCode ?? formatViolationCode(this.version), description: parsed.finding.message },
        } satisfies IncomingCall);
      }
      return;
    }
    const msg = parsed.message;
    switch (msg.type) {
      case 2:
      case 6:
        this.onIncomingCall(msg, text, t);
        return;
      default:
        this.onReply(msg, text, t);
    }
  }

  private onIncomingCall(msg: Extract<OcppMessage, { type: 2 | 6 }>, raw: string, t: number): void {
    const findings: Finding[] = [];
    let suggestedError: IncomingCall['suggestedError'];
    const base = { raw, messageId: msg.messageId, action: msg.action };
    if (msg.type === 2 && this.seenPeerIds.has(msg.messageId)) {
      findings.push(this.finding('DUPLICATE_MESSAGE_ID', `peer reused message id ${msg.messageId} on this connection`, 'peer', base));
    }
    this.seenPeerIds.set(msg.messageId, true);
    if (msg.type === 2 && this.unansweredIncoming.size > 0) {
      const [firstId, firstAction] = this.unansweredIncoming.entries().next().value as [string, string];
      findings.push(this.finding('CALL_WHILE_PENDING',
        `peer sent CALL ${msg.action} while its CALL ${firstAction || '(unparseable)'} (${firstId}) is still unanswered; OCPP-J allows one CALL in flight`, 'peer', base));
    }
    if (!this.schemas.hasAction(msg.action)) {
      findings.push(this.finding('UNKNOWN_ACTION', `action '${msg.action}' does not exist in OCPP ${this.version}`, 'peer', { ...base, rpcErrorCode: 'NotImplemented' }));
      suggestedError = { code: 'NotImplemented', description: `unknown action ${msg.action}` };
    } else if (this.validateFrames) {
      const check = this.schemas.validate(msg.action, 'request', msg.payload);
      if (!check.valid) {
        findings.push(this.finding('SCHEMA_VIOLATION', `${msg.action} request breaks the schema: ${check.message}`, 'peer', { ...base, rpcErrorCode: check.rpcErrorCode, details: check.errors }));
        suggestedError = { code: check.rpcErrorCode ?? formatViolationCode(this.version), description: check.message ?? 'schema violation' };
      }
    }
    if (this.framesWanted) this.emitFrame({ t, dir: 'rx', raw, connectionId: this.id, messageId: msg.messageId, action: msg.action, ...(findings.length ? { findings } : {}) });
    for (const f of findings) this.emitFinding(f);
    if (msg.type === 2) this.unansweredIncoming.set(msg.messageId, msg.action);
    const call: IncomingCall = {
      messageId: msg.messageId, action: msg.action, payload: msg.payload, raw, t,
      kind: msg.type === 2 ? 'call' : 'send', findings, ...(suggestedError ? { suggestedError } : {}),
    };
    this.emit('call', call);
  }

  private onReply(msg: Extract<OcppMessage, { type: 3 | 4 | 5 }>, raw: string, t: number): void {
    const entry = this.pending?.messageId === msg.messageId ? this.pending : this.extraPending.get(msg.messageId);
    const findings: Finding[] = [];
    const action = entry?.action ?? this.timedOut.get(msg.messageId);
    const base = { raw, messageId: msg.messageId, ...(action ? { action } : {}) };
    if (!entry) {
      if (this.answered.has(msg.messageId)) findings.push(this.finding('REPLY_DUPLICATE', `second reply to message ${msg.messageId}`, 'peer', base));
      else if (this.timedOut.has(msg.messageId)) findings.push(this.finding('REPLY_AFTER_TIMEOUT', `reply to ${action} (${msg.messageId}) arrived after the call timed out`, 'peer', base));
      else findings.push(this.finding('REPLY_UNKNOWN_ID', `reply to unknown message id ${msg.messageId}`, 'peer', base));
    }
    if (msg.type === 3 && action && this.validateFrames) {
      const check = this.schemas.validate(action, 'response', msg.payload);
      if (!check.valid) findings.push(this.finding('SCHEMA_VIOLATION', `${action} response breaks the schema: ${check.message}`, 'peer', { ...base, rpcErrorCode: check.rpcErrorCode, details: check.errors }));
    }
    if (msg.type !== 3 && !isValidRpcErrorCode(this.version, msg.errorCode)) {
      findings.push(this.finding('BAD_ERROR_CODE', `'${msg.errorCode}' is not an OCPP ${this.version} RPC error code`, 'peer', base));
    }
    if (this.framesWanted) this.emitFrame({ t, dir: 'rx', raw, connectionId: this.id, messageId: msg.messageId, ...(action ? { action } : {}), ...(findings.length ? { findings } : {}) });
    for (const f of findings) this.emitFinding(f);
    if (!entry) return;
    if (this.pending === entry) this.pending = undefined;
    this.extraPending.delete(msg.messageId);
    this.answered.set(msg.messageId, true);
    entry.resolve(msg.type === 3
      ? { kind: 'result', messageId: msg.messageId, payload: msg.payload, raw, t, findings }
      : { kind: 'error', messageId: msg.messageId, errorCode: msg.errorCode, errorDescription: msg.errorDescription, errorDetails: msg.errorDetails, raw, t, findings });
  }

  private onClose(code: number, reason: string): void {
    const t = Date.now();
    this.closedInfo = { code, reason, t };
    if (code === 1006 && !this.closedByUs) this.emitFinding(this.finding('ABRUPT_CLOSE', 'connection dropped without a closing handshake (1006)', 'peer', {}));
    const outstanding = [this.pending, ...this.extraPending.values()].filter((p): p is Pending => p !== undefined);
    this.pending = undefined;
    this.extraPending.clear();
    for (const p of outstanding) {
      clearTimeout(p.timer);
      p.resolve({ kind: 'closed', messageId: p.messageId, t });
    }
    // Queued calls see the closed state and resolve 'closed' themselves.
    while (this.outboundQueue.length) this.outboundQueue.shift()?.();
    this.emit('close', this.closedInfo);
  }

  private onSocketError(err: Error & { code?: string }): void {
    if (err.code?.startsWith('WS_ERR_')) this.closedByUs = true;
    const code: FindingCode = err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'FRAME_TOO_LARGE' : 'SOCKET_ERROR';
    const message = code === 'FRAME_TOO_LARGE' ? `peer sent a frame over the size limit; closed with 1009 (${err.message})` : `socket error: ${err.message}${err.code ? ` (${err.code})` : ''}`;
    this.emitFinding(this.finding(code, message, 'peer', {}));
  }

  private finding(code: FindingCode, message: string, origin: Finding['origin'], extra: Partial<Finding>): Finding {
    return { code, message, origin, t: Date.now(), ...extra };
  }

  /** Frame events are built only when someone listens (a recorder, a test): the hot path skips them otherwise. */
  private get framesWanted(): boolean {
    return frameChannel.hasSubscribers || this.listenerCount('frame') > 0;
  }

  private emitFrame(ev: FrameEvent): void {
    if (frameChannel.hasSubscribers) frameChannel.publish(ev);
    this.emit('frame', ev);
  }

  private emitFinding(f: Finding): void {
    if (findingChannel.hasSubscribers) findingChannel.publish({ connectionId: this.id, finding: f });
    this.emit('finding', f);
  }
}
