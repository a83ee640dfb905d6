import type { CaseContext, IdTokenSpec, Payload, ReceivedCall, Request, Received, Response } from '../../kit.js';
import { CaseInconclusive } from '../../kit.js';
import { idTokenOf } from './id-token.js';
import { configured } from './configured.js';
/**
 * The charging session of the station under test, as the harness (playing the CSMS) follows it: the
 * transaction start / stop points it runs with, the EV's state, the transaction and the next seqNo
 * (+1 per message from the station's seqNo at Started: Part 2 E allows a continuous seqNo). Every TransactionEvent the station sends goes
 * through `transactionEvent`, which answers it at once and checks the bookkeeping every message must
 * satisfy (seqNo, transactionId, evse after the EV connected, E01.FR.16). `transactionCase` gives a
 * case its configuration state and returns the station to idle, with its configuration restored, after it.
 * The reusable states built on it are in states.cs.ts.
 */

/** The reusable state (Part 6 2.18) the station was last brought to. */
export type TxState = 'Idle' | 'ParkingBayOccupied' | 'EVConnectedPreSession' | 'Authorized' | 'EnergyTransferStarted' | 'EnergyTransferSuspended'
  | 'StopAuthorized' | 'EVConnectedPostSession' | 'EVDisconnected' | 'ParkingBayUnoccupied';

export interface TxSession {
  readonly evseId: number;
  readonly connectorId: number;
  /** TxCtrlr.TxStartPoint / TxStopPoint as the station reports them after the configuration state. */
  startPoints: string[];
  stopPoints: string[];
  /** AuthCtrlr.AuthorizeRemoteStart: a RequestStartTransaction is followed by an AuthorizeRequest. */
  authorizeRemoteStart: boolean;
  state: TxState;
  parked: boolean;
  evConnected: boolean;
  /** A detachable cable left in the socket after an EV-side unplug. */
  cableInSocket: boolean;
  authorized: boolean;
  /** The idToken that authorized the session, and how (local: presented at the station; remote: RequestStartTransaction). */
  idToken: IdTokenSpec | undefined;
  stoppedRemotely: boolean;
  /** The transaction (its id stays known after it ended, for GetTransactionStatus). */
  transactionId: string | undefined;
  ended: boolean;
  endedAt?: number; // when its TransactionEvent Ended was followed (TC_L_12/14_CS: nothing of the update before)
  nextSeqNo: number;
  /** evse with connectorId was reported since the EV connected (E01.FR.16). */
  evseReported: boolean;
  chargingState: string | undefined;
  offline: boolean;
  /** The last TransactionEvent followed. */
  last?: Payload;
  /** groupIdToken the CSMS gives with each idToken (idTokenInfo of every answer about it). */
  readonly groups: Map<string, IdTokenSpec>;
  /** Variables the case changed, with the values to put back afterwards. */
  readonly restore: VariableSetting[];
  /** More fields of the response to the TransactionEvent Ended, whichever step takes it (I03: totalCost). */
  onEnded?: Omit<Response<'2.0.1', 'TransactionEvent'>, 'idTokenInfo'>;
}

export interface VariableSetting {
  component: string;
  variable: string;
  instance?: string;
  value: string;
}

const sessions = new WeakMap<object, TxSession>();

/** The session of the running case (a fresh idle one when none was begun). */
export function txSession(ctx: CaseContext<'2.0.1', 'CS'>): TxSession {
  let s = sessions.get(ctx.sut);
  if (!s) {
    s = newSession(ctx);
    sessions.set(ctx.sut, s);
  }
  return s;
}

/** Every session of the running case, once it begins a second one (on another EVSE: TC_L_12/14_CS run two transactions at once). */
const caseSessions = new WeakMap<object, TxSession[]>();

/** A second session of the running case on EVSE `evseId` (connector 1), with the case's start and stop points; its steps run through `onSession`. */
export function secondSession(ctx: CaseContext<'2.0.1', 'CS'>, evseId: number): TxSession {
  const first = txSession(ctx);
  const s: TxSession = { ...newSession(ctx), evseId, startPoints: first.startPoints, stopPoints: first.stopPoints, authorizeRemoteStart: first.authorizeRemoteStart };
  caseSessions.set(ctx.sut, [...(caseSessions.get(ctx.sut) ?? [first]), s]);
  return s;
}

/** Runs `steps` (reusable states) on session `s`, then follows the session before again. */
export async function onSession<T>(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession, steps: () => Promise<T>): Promise<T> {
  const before = txSession(ctx);
  sessions.set(ctx.sut, s);
  try {
    return await steps();
  } finally {
    sessions.set(ctx.sut, before);
  }
}

/** The case's other sessions (not the one its steps follow now): their messages are theirs, not the step's. */
function otherSessions(ctx: CaseContext<'2.0.1', 'CS'>): TxSession[] {
  const current = txSession(ctx);
  return (caseSessions.get(ctx.sut) ?? []).filter((o) => o !== current);
}

function newSession(ctx: CaseContext<'2.0.1', 'CS'>): TxSession {
  const evse = ctx.ics.evses[0] ?? { id: 1, connectors: 1 };
  return {
    evseId: evse.id, connectorId: 1, startPoints: [], stopPoints: [], authorizeRemoteStart: false, state: 'Idle', parked: false,
    evConnected: false, cableInSocket: false, authorized: false, idToken: undefined, stoppedRemotely: false,
    transactionId: undefined, ended: false, nextSeqNo: 0, evseReported: false, chargingState: undefined, offline: false, restore: [], groups: new Map(),
  };
}

/** Harness settings the Part 6 cases call "Configured ...", in milliseconds (the config file's `configured:` section). */
export function configuredMs(ctx: CaseContext<'2.0.1', 'CS'>, name: 'transactionDurationMs' | 'evConnectionTimeoutMs' | 'offlineDurationMs' | 'meterValuesIntervalMs'): number {
  return configured(ctx, name);
}

export const validToken = (ctx: CaseContext<'2.0.1', 'CS'>): IdTokenSpec => ({ idToken: ctx.ics.idTokens.valid.idToken, type: ctx.ics.idTokens.valid.type });

/** Does the station have a parking bay detector (it claims a ParkingBayOccupancy start or stop point)? */
export function hasBayDetector(ctx: CaseContext<'2.0.1', 'CS'>): boolean {
  return ctx.ics.features.some((f) => f === 'C-09.6' || f === 'C-10.5');
}

/** A promise awaited later: its rejection is kept for then, never reported as unhandled meanwhile. */
export function later<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

// --- device model ------------------------------------------------------------------------------------

const ref = (v: Omit<VariableSetting, 'value'>): Pick<Request<'2.0.1', 'GetVariables'>['getVariableData'][number], 'component' | 'variable'> => ({
  component: { name: v.component }, variable: { name: v.variable, ...(v.instance ? { instance: v.instance } : {}) },
});

/** GetVariables of one variable: its Actual value, or undefined when the station does not have it. */
export async function readVariable(ctx: CaseContext<'2.0.1', 'CS'>, v: Omit<VariableSetting, 'value'>): Promise<string | undefined> {
  const res = await ctx.sut.call('GetVariables', { getVariableData: [ref(v)] });
  const r = res.getVariableResult?.[0];
  return r?.attributeStatus === 'Accepted' && typeof r.attributeValue === 'string' ? r.attributeValue : undefined;
}

/**
 * Configuration State: SetVariables for each setting (remembering the old value, put back by
 * `transactionCase`). `optional`: "(If implemented)" — a station without the variable, or with it
 * read-only, is fine; otherwise the station must accept the value (B05.FR.01).
 */
export async function configure(ctx: CaseContext<'2.0.1', 'CS'>, settings: Array<VariableSetting & { optional?: boolean }>): Promise<void> {
  const s = txSession(ctx);
  for (const v of settings) {
    const old = await readVariable(ctx, v);
    if (old === undefined && v.optional) continue;
    if (old === v.value) continue;
    const res = await ctx.sut.call('SetVariables', { setVariableData: [{ ...ref(v), attributeValue: v.value }] });
    const status = res.setVariableResult?.[0]?.attributeStatus;
    if (status === 'Accepted' || status === 'RebootRequired') {
      if (old !== undefined && !s.restore.some((r) => r.component === v.component && r.variable === v.variable && r.instance === v.instance)) s.restore.push({ ...v, value: old });
      continue;
    }
    // A Configuration State is the case's precondition, not one of its validations: a station that refuses the
    // value cannot be tested by this case (the ICS / Part 5 conditions say whether it has to support it).
    if (!v.optional) {
      throw new CaseInconclusive(`Configuration State not established: the station answered ${String(status)} to ${v.component}.${v.variable} = ${v.value}`
        + ' (if it does not support this value, the case does not apply to it: check its ICS)');
    }
  }
}

// --- TransactionEvent ----------------------------------------------------------------------------

export interface TxEventOptions {
  /** Words for the step log, e.g. "(Started, CablePluggedIn)". */
  describe?: string;
  /** Requirement blamed when the message does not come. */
  requirement?: string;
  /** idTokenInfo.status given to a message with an idToken (default Accepted). */
  idTokenStatus?: Response<'2.0.1', 'Authorize'>['idTokenInfo']['status'];
  /** groupIdToken given with an Accepted idTokenInfo. */
  groupIdToken?: IdTokenSpec;
  timeoutMs?: number;
  /** The step waits for periodic meter values (triggerReason MeterValuePeriodic); other steps answer and skip them (and MeterValueClock ones). */
  periodic?: boolean;
  /** Answer with this CALLERROR instead, or leave it unanswered ('ignore'). */
  answer?: { error: string } | 'ignore';
  /** More fields of the TransactionEventResponse (I02/I03: totalCost, updatedPersonalMessage). */
  respondWith?: Omit<Response<'2.0.1', 'TransactionEvent'>, 'idTokenInfo'>;
}

const MAX_PERIODIC_SKIPS = 20;

/** Meter values due by time (TxUpdatedInterval, and AlignedDataCtrlr.Interval in a TransactionEvent, J01.FR.22), not by a step. */
const TIMED_TRIGGERS: ReadonlySet<string> = new Set(['MeterValuePeriodic', 'MeterValueClock']);

/**
 * Waits for the next TransactionEvent, answers it at once (idTokenInfo for an idToken), then checks
 * what every TransactionEvent must satisfy and updates the session. Returns the payload.
 */
export async function transactionEvent(ctx: CaseContext<'2.0.1', 'CS'>, options: TxEventOptions = {}): Promise<Payload> {
  // Periodic and clock-aligned meter values come whenever they are due: answered and followed, not the step's
  // message. Each restarts the (operator-aware) wait; a station sending only those fails the step after MAX_PERIODIC_SKIPS.
  for (let skipped = 0; ; skipped += 1) {
    const call = await ctx.sut.expectCall('TransactionEvent', {
      ...(options.describe ? { describe: options.describe } : {}),
      ...(options.requirement ? { requirement: options.requirement } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    });
    // A message of the case's other transaction (its meter values too): answered and followed by its own session.
    const owner = otherSessions(ctx).find((o) => o.transactionId !== undefined && o.transactionId === txInfo(call.payload).transactionId);
    if (owner) {
      answer(call, {}, owner);
      follow(ctx, call.payload, owner);
      continue;
    }
    if (!options.periodic && TIMED_TRIGGERS.has(call.payload.triggerReason) && skipped < MAX_PERIODIC_SKIPS) {
      answer(call, {}, txSession(ctx));
      follow(ctx, call.payload);
      continue;
    }
    answer(call, options, txSession(ctx));
    if (options.answer === undefined) follow(ctx, call.payload);
    return call.payload;
  }
}

/** The call itself (for retries: its messageId and arrival time), answered per `options`; the session is not advanced. */
export async function transactionEventCall(ctx: CaseContext<'2.0.1', 'CS'>, options: TxEventOptions = {}): Promise<Received<'2.0.1', 'TransactionEvent'>> {
  const call = await ctx.sut.expectCall('TransactionEvent', {
    ...(options.describe ? { describe: options.describe } : {}),
    ...(options.requirement ? { requirement: options.requirement } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  answer(call, options, txSession(ctx));
  return call;
}

function answer(call: Received<'2.0.1', 'TransactionEvent'>, options: TxEventOptions, s: TxSession): void {
  // Claimed after the harness's hold expired: it got the default answer already.
  if (call.answered) return;
  if (options.answer === 'ignore') return call.ignore();
  if (options.answer) return call.respondError(options.answer.error, 'test case: the CSMS does not process this message');
  const status = options.idTokenStatus ?? 'Accepted';
  const token = call.payload.idToken?.idToken;
  if (options.groupIdToken && typeof token === 'string') s.groups.set(token, options.groupIdToken);
  const group = typeof token === 'string' ? s.groups.get(token) : undefined;
  const more = { ...(call.payload.eventType === 'Ended' ? s.onEnded : {}), ...options.respondWith };
  call.respond(call.payload.idToken ? { ...more, idTokenInfo: { status, ...(status === 'Accepted' && group ? { groupIdToken: idTokenOf(group) } : {}) } } : more);
}

/** Checks the message against the session (seqNo, transactionId, evse) and advances it. */
export function follow(ctx: CaseContext<'2.0.1', 'CS'>, p: Payload, s: TxSession = txSession(ctx)): void {
  const { expect } = ctx;
  const info = (p.transactionInfo ?? {}) as Payload;
  // The same message again (its response was lost with the connection): a resend, not a new message.
  if (s.last && p.seqNo === s.last.seqNo && p.timestamp === s.last.timestamp && info.transactionId === s.transactionId) return;
  s.last = p;
  if (p.eventType === 'Started') {
    expect(s.transactionId === undefined || s.ended, 'E01.FR.01: no TransactionEvent Started while a transaction runs on the EVSE').to.equal(true);
    // Part 2 E "Sequence Number Generation": starting at 0 is a SHOULD, a continuously increasing seqNo is allowed,
    // and Part 6 §2 (general tool validations) only asks for sequential numbering: the station's seqNo at Started is the start.
    Object.assign(s, { transactionId: info.transactionId, ended: false, nextSeqNo: typeof p.seqNo === 'number' ? p.seqNo : 0 });
    if (p.seqNo !== 0) ctx.log(`seqNo ${String(p.seqNo)} at Started: a continuous seqNo (Part 2 E, allowed)`);
  } else {
    expect(info.transactionId, 'E01.FR.08: TransactionEventRequest transactionInfo.transactionId is the one of the running transaction').to.equal(s.transactionId);
  }
  if (typeof p.seqNo === 'number' && p.seqNo > s.nextSeqNo && sentMeanwhile(ctx, s, p.seqNo)) {
    // Messages no step waited for (periodic meter values during a manual action), answered by default: still in sequence.
    ctx.log(`seqNo ${s.nextSeqNo}..${p.seqNo - 1} came in messages no step waited for (answered by default)`);
    s.nextSeqNo = p.seqNo;
  }
  expect(p.seqNo, 'E01.FR.07: TransactionEventRequest seqNo (sequential: +1 per message of the transaction, Part 6 §2 general tool validations)').to.equal(s.nextSeqNo);
  s.nextSeqNo += 1;
  // A periodic message is due by time, not by the EV: it may have been sent just before the plug-in, so it is not judged
  // as the first message after the EV connected (nor does it satisfy E01.FR.16).
  if (s.evConnected && !s.evseReported && !TIMED_TRIGGERS.has(String(p.triggerReason))) {
    const evse = p.evse as Payload | undefined;
    expect(evse?.id, 'E01.FR.16: the first TransactionEventRequest after the EV connected has evse.id').to.equal(s.evseId);
    expect(evse?.connectorId, 'E01.FR.16: the first TransactionEventRequest after the EV connected has evse.connectorId').to.equal(s.connectorId);
    s.evseReported = true;
  }
  if (typeof info.chargingState === 'string') s.chargingState = info.chargingState;
  if (p.eventType === 'Ended') Object.assign(s, { ended: true, endedAt: Date.now() });
}

/** Did the station send every seqNo from the expected one up to `seqNo` (exclusive) for this transaction in this case? */
function sentMeanwhile(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession, seqNo: number): boolean {
  const seen = new Set(ctx.sut.receivedPayloads('TransactionEvent')
    .filter((q) => q.transactionInfo?.transactionId === s.transactionId).map((q) => q.seqNo));
  for (let n = s.nextSeqNo; n < seqNo; n += 1) if (!seen.has(n)) return false;
  return true;
}

/** Is the transaction running (started and not ended)? */
export const transactionRunning = (s: TxSession): boolean => s.transactionId !== undefined && !s.ended;

export const txInfo = (p: Payload): Payload => (p.transactionInfo ?? {}) as Payload;

// --- connector status -------------------------------------------------------------------------------

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

function availabilityEvent(p: Payload): EventDatum | undefined {
  return ((p.eventData as EventDatum[] | undefined) ?? []).find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');
}

/**
 * Arms the wait for "The Charging Station notifies the CSMS about the status change of the connector":
 * StatusNotification (or NotifyEvent AvailabilityState, Delta) with `status` for the session's connector.
 */
export function connectorStatus(ctx: CaseContext<'2.0.1', 'CS'>, status: string, requirement: string): Promise<ReceivedCall> {
  const { expect } = ctx;
  const s = txSession(ctx);
  // A connector of the case's other session is not this one's.
  const elsewhere = new Set(otherSessions(ctx).map((o) => o.evseId));
  const call = ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
    requirement, describe: `(connector ${status})`,
    filter: (p) => !elsewhere.has(Number('evseId' in p ? p.evseId : availabilityEvent(p)?.component?.evse?.id))
      && (('connectorStatus' in p && p.connectorStatus === status) || availabilityEvent(p)?.actualValue === status),
  });
  return later(call.then((c) => {
    if (c.action === 'StatusNotification') {
      expect(c.payload.evseId, `${requirement}: StatusNotificationRequest evseId`).to.equal(s.evseId);
      expect(c.payload.connectorId, `${requirement}: StatusNotificationRequest connectorId`).to.equal(s.connectorId);
    } else {
      const ev = availabilityEvent(c.payload);
      expect(ev?.trigger, `${requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      expect(ev?.component?.evse?.id, `${requirement}: NotifyEventRequest eventData[0].component.evse.id`).to.equal(s.evseId);
    }
    return c;
  }));
}

// --- the case frame ------------------------------------------------------------------------------

export interface TxCaseOptions {
  /** Configuration State of the case (SetVariables before, put back after). */
  configuration?: Array<VariableSetting & { optional?: boolean }>;
}

/**
 * Runs a transaction case: begins a fresh session, applies the Configuration State, reads the start
 * and stop points the station then has, runs `body`, and afterwards (pass or fail) brings the station
 * back online and idle and restores its configuration (best effort: nothing there is judged).
 */
export async function transactionCase(ctx: CaseContext<'2.0.1', 'CS'>, options: TxCaseOptions, body: (s: TxSession) => Promise<void>): Promise<void> {
  const s = newSession(ctx);
  sessions.set(ctx.sut, s);
  caseSessions.delete(ctx.sut);
  try {
    await configure(ctx, options.configuration ?? []);
    s.startPoints = (await readVariable(ctx, { component: 'TxCtrlr', variable: 'TxStartPoint' }) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    s.stopPoints = (await readVariable(ctx, { component: 'TxCtrlr', variable: 'TxStopPoint' }) ?? '').split(',').map((x) => x.trim()).filter(Boolean);
    s.authorizeRemoteStart = (await readVariable(ctx, { component: 'AuthCtrlr', variable: 'AuthorizeRemoteStart' })) === 'true';
    ctx.log(`TxStartPoint ${s.startPoints.join(',')}, TxStopPoint ${s.stopPoints.join(',')}`);
    await body(s);
  } finally {
    await backToIdle(ctx, s).catch((err: unknown) => ctx.log(`returning the station to idle: ${err instanceof Error ? err.message : String(err)}`));
  }
}

/** After the case: online, no transaction, no EV, configuration as before. */
async function backToIdle(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession): Promise<void> {
  const { sut, operator } = ctx;
  const quietly = async (what: () => Promise<unknown>) => { try { await what(); } catch { /* best effort */ } };
  sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
  sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
  if (s.offline) {
    await quietly(() => operator.do('goOnline'));
    await quietly(() => sut.expectConnection(ctx.ics.timeouts.messageMs * 3));
  }
  if (!sut.isConnected()) return;
  let ending = false;
  for (const x of caseSessions.get(ctx.sut) ?? [s]) {
    ending ||= transactionRunning(x) || x.evConnected || x.cableInSocket || x.authorized || x.parked;
    const runningId = transactionRunning(x) ? x.transactionId : undefined;
    if (runningId !== undefined) await quietly(() => sut.callRaw('RequestStopTransaction', { transactionId: runningId }));
    if (x.evConnected || x.cableInSocket) await quietly(() => operator.do('unplug', { evseId: x.evseId, connectorId: x.connectorId }));
    if (x.parked) await quietly(() => operator.do('driveOut', { evseId: x.evseId }));
  }
  // Let the station's last messages of this session come (answered at once) before the next case begins:
  // each TransactionEvent not seen yet restarts the wait for a quiet half second.
  const seen = new WeakSet<object>();
  const fresh = (p: Payload) => {
    if (seen.has(p)) return false;
    seen.add(p);
    return true;
  };
  for (let i = 0; ending && i < 20; i += 1) {
    try {
      await sut.expectNoCall('TransactionEvent', 500, { filter: fresh });
      break;
    } catch {
      // one came: wait for quiet again
    }
  }
  if (s.restore.length) {
    await quietly(() => sut.callRaw('SetVariables', { setVariableData: s.restore.map((v) => ({ ...ref(v), attributeValue: v.value })) }));
  }
  sessions.delete(ctx.sut);
  caseSessions.delete(ctx.sut);
}
