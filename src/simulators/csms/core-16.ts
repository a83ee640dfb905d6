import type { CsmsFaultName } from './blocks/index.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { OcppVersion } from '../../rpc/versions.js';
import { callError, type CallHandler, type CsmsContext, type Reply, type StationSession } from './types.js';

/**
 * OCPP 1.6 Core, CSMS side: the switchable faults of src/simulators/faults.ts that concern what a
 * Central System answers to a Charge Point (4.3, 4.8, 4.9, 4.10, 3.7), what it puts in its own
 * requests (5.3, 5.8, 5.18) and how it takes a negative answer to them. The conformant behaviour
 * stays in the shared handlers; these wrap them and only act for 1.6 stations with a fault on.
 */

type Has = (name: CsmsFaultName) => boolean;

type Wrap16 = (p: Payload, ctx: CsmsContext, base: CallHandler) => Reply | Promise<Reply>;

/** A 1.6 wrapper of whatever handler the modules registered: 2.0.1 stations go straight to it. */
function for16(wrap: Wrap16): (base: CallHandler | undefined) => CallHandler {
  return (base) => {
    const inner: CallHandler = base ?? (() => callError('NotSupported', 'not handled'));
    return (p, ctx) => (ctx.version === '1.6' ? wrap(p, ctx, inner) : inner(p, ctx));
  };
}

/** 4.9: the CSMS answers every StatusNotification; these faults refuse transitions a narrow state machine does not expect. */
function statusNotification(p: Payload, ctx: CsmsContext, base: CallHandler): Reply | Promise<Reply> {
  const has = ctx.csms.hasFault;
  const connectorId = Number(p.connectorId);
  const previous = ctx.session.connectorStatus.get(String(connectorId));
  const status = String(p.status);
  const refuse = (why: string) => callError('InternalError', why);
  const running = [...ctx.csms.transactions.values()].some((t) => t.stationId === ctx.session.stationId && t.state === 'Active' && t.connectorId === connectorId);
  if (has('status-timeout-unhandled') && previous === 'Preparing' && status === 'Available' && !running) {
    return refuse(`connector ${connectorId} cannot go from Preparing to Available without a transaction`);
  }
  if (has('status-suspended-ev-unhandled') && status === 'SuspendedEV') return refuse('unexpected connector status SuspendedEV');
  if (has('status-faulted-unhandled') && status === 'Faulted' && p.errorCode !== 'NoError') return refuse(`unexpected error code ${String(p.errorCode)}`);
  return base(p, ctx);
}

/** 3.7: a queued transaction message is processed as any other; the fault refuses those timestamped before the current connection. */
function queuedRefused(p: Payload, ctx: CsmsContext): Reply | undefined {
  if (!ctx.csms.hasFault('tx-rejects-queued')) return undefined;
  const t = Date.parse(String(p.timestamp));
  // Millisecond clocks: an offline period can be shorter than one tick, so "not after" the connection counts.
  if (Number.isFinite(t) && t <= ctx.session.connectedAt) {
    return callError('PropertyConstraintViolation', `timestamp ${String(p.timestamp)} predates this connection: not accepted`);
  }
  return undefined;
}

async function startTransaction(p: Payload, ctx: CsmsContext, base: CallHandler): Promise<Reply> {
  const refused = queuedRefused(p, ctx);
  if (refused) return refused;
  const reply = await base(p, ctx);
  // 4.8: the CSMS MUST verify the idTag itself; the fault trusts the station's local authorization.
  if (ctx.csms.hasFault('tx-start-unverified') && 'payload' in reply) {
    const info = (reply.payload.idTagInfo ?? {}) as Payload;
    return { payload: { ...reply.payload, idTagInfo: { ...info, status: 'Accepted' } } };
  }
  return reply;
}

/** What the fault boot-closes-transactions writes as stoppedReason of the transactions it closes on a boot. */
const CLOSED_ON_BOOT = 'closed by the CSMS on BootNotification';

function bootNotification(p: Payload, ctx: CsmsContext, base: CallHandler): Reply | Promise<Reply> {
  if (ctx.csms.hasFault('boot-closes-transactions')) {
    for (const tx of ctx.csms.transactions.values()) {
      if (tx.stationId !== ctx.session.stationId || tx.state !== 'Active') continue;
      tx.state = 'Ended';
      tx.stoppedReason = CLOSED_ON_BOOT;
    }
  }
  return base(p, ctx);
}

function stopTransaction(p: Payload, ctx: CsmsContext, base: CallHandler): Reply | Promise<Reply> {
  const refused = queuedRefused(p, ctx);
  if (refused) return refused;
  // 4.10 / 3.7: a transaction interrupted by a reboot is stopped by the Charge Point afterwards; the fault closed it itself.
  const closed = [...ctx.csms.transactions.values()].find((t) => t.stationId === ctx.session.stationId && t.transactionId === String(p.transactionId));
  if (ctx.csms.hasFault('boot-closes-transactions') && closed?.stoppedReason === CLOSED_ON_BOOT) {
    return callError('PropertyConstraintViolation', `transaction ${String(p.transactionId)} is already closed`);
  }
  // 4.10: the CSMS cannot prevent a transaction from stopping, whatever the reason.
  if (ctx.csms.hasFault('tx-stop-only-local') && p.reason !== undefined && p.reason !== 'Local') {
    return callError('PropertyConstraintViolation', `stop reason ${String(p.reason)} is not supported`);
  }
  return base(p, ctx);
}

function dataTransfer(p: Payload, ctx: CsmsContext, base: CallHandler): Reply | Promise<Reply> {
  // 4.3: an unknown vendorId gets DataTransfer.conf UnknownVendorId, not an RPC error.
  if (ctx.csms.hasFault('data-transfer-callerror')) return callError('NotImplemented', 'DataTransfer is not implemented');
  return base(p, ctx);
}

/** Applied by the CSMS on top of the handlers of every module (src/simulators/csms/csms.ts). */
export const CORE16_WRAPPERS: Readonly<Record<string, (base: CallHandler | undefined) => CallHandler>> = {
  BootNotification: for16(bootNotification),
  StatusNotification: for16(statusNotification),
  StartTransaction: for16(startTransaction),
  StopTransaction: for16(stopTransaction),
  DataTransfer: for16(dataTransfer),
};

/** The Core configuration keys of 1.6 section 9.1 that a Charge Point must report. */
export const CORE_KEYS_16 = [
  'AuthorizeRemoteTxRequests', 'ClockAlignedDataInterval', 'ConnectionTimeOut', 'ConnectorPhaseRotation', 'GetConfigurationMaxKeys',
  'HeartbeatInterval', 'LocalAuthorizeOffline', 'LocalPreAuthorize', 'MeterValuesAlignedData', 'MeterValuesSampledData',
  'MeterValueSampleInterval', 'NumberOfConnectors', 'ResetRetries', 'StopTransactionOnEVSideDisconnect', 'StopTransactionOnInvalidId',
  'StopTxnAlignedData', 'StopTxnSampledData', 'SupportedFeatureProfiles', 'TransactionMessageAttempts', 'TransactionMessageRetryInterval',
  'UnlockConnectorOnEVSideDisconnect',
] as const;

/** The 1.6 request faults: what the CSMS sends instead of what the operator asked for. `p` is the request as built (not shared). */
export function shapeRequest16(version: OcppVersion, has: Has, action: string, p: Payload): Payload {
  if (version !== '1.6') return p;
  if (action === 'UnlockConnector' && has('unlock-connector-zero')) p.connectorId = 0;
  if (action === 'GetConfiguration' && has('getconfiguration-fixed-keys')) p.key = [...CORE_KEYS_16];
  if (action === 'ChangeConfiguration' && has('configuration-value-as-number') && typeof p.value === 'string' && /^-?\d+$/.test(p.value)) p.value = Number(p.value);
  return p;
}

/** The message the CSMS actually sends for the operator's `action` (a UI wired to the wrong command). */
export function sentAction16(version: OcppVersion, has: Has, action: string): { action: string; hint?: Payload } {
  if (action === 'ClearCache' && has('clear-cache-sends-local-list')) {
    const list = version === '1.6' ? { listVersion: 1 } : { versionNumber: 1 };
    return { action: 'SendLocalList', hint: { ...list, updateType: 'Full', localAuthorizationList: [] } };
  }
  return { action };
}

/** Statuses a station answers a CSMS request with when it does not (or cannot) do it. */
const NEGATIVE = new Set(['Rejected', 'NotSupported', 'UnlockFailed', 'Failed', 'VersionMismatch', 'Faulted', 'Occupied', 'Unavailable', 'NotFound', 'NotImplemented']);
const retried = new WeakSet<Payload>();

/**
 * What the CSMS does after the station answered one of its requests: nothing special when conformant
 * (the answer is information, the connection and the request stay as they are). The faults take a
 * negative answer as a failure to act upon: they close the connection, or send the same request again.
 */
export function afterAnswer16(session: StationSession | undefined, has: Has, action: string, request: Payload, outcome: CallOutcome, resend: () => Promise<unknown>): void {
  if (!session || outcome.kind !== 'result' || !NEGATIVE.has(String(outcome.payload.status))) return;
  if (has('negative-answer-disconnects')) {
    session.rpc.close(1000, `${action} was answered ${String(outcome.payload.status)}`);
    return;
  }
  if (has('negative-answer-retried') && !retried.has(request)) {
    retried.add(request);
    void resend().catch(() => undefined);
  }
}
