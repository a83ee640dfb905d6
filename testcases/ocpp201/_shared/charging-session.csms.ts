/**
 * The charging session of the station the harness plays when the CSMS is under test: its first
 * configured EVSE and connector, the transaction on it (seqNo from 0 and +1 per message, E 1.3.2.1),
 * an energy meter, and the TransactionEvents queued while it has no connection (E12.FR.01).
 * Kept per peer across cases, as a real station keeps its state; the general preconditions bring
 * it back to idle (`stationIdle`). The reusable states built on it are in states.csms.ts.
 */
import { idTokenFor, type CaseContext, type Payload, type Peer, type ReceivedCall, type Action, type Request, type Received, type Response } from '../../kit.js';
import { configured } from './configured.js';
import { idTokenOf, type IdToken } from './id-token.js';
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';

export type ChargingState = 'Charging' | 'EVConnected' | 'SuspendedEV' | 'SuspendedEVSE' | 'Idle';

/** The TransactionEventRequest the station sends, and one MeterValue of it. */
export type TxEvent = Request<'2.0.1', 'TransactionEvent'>;
export type MeterValue = NonNullable<TxEvent['meterValue']>[number];

/** The reusable state (Part 6 3.18) the station last went through. */
export type SessionState = 'Idle' | 'EVConnectedPreSession' | 'Authorized' | 'EnergyTransferStarted' | 'EnergyTransferSuspended'
  | 'StopAuthorized' | 'EVConnectedPostSession' | 'EVDisconnected';

export type { IdToken };

export interface StationTransaction {
  readonly transactionId: string;
  /** The triggerReason of its Started event. */
  readonly startedBy: string;
  nextSeqNo: number;
  chargingState: ChargingState | undefined;
  /** evse.connectorId was reported (E01.FR.16). */
  connectorReported: boolean;
}

export interface ChargingSession {
  readonly evseId: number;
  readonly connectorId: number;
  state: SessionState;
  authorized: boolean;
  evConnected: boolean;
  /** The connector status last reported to the CSMS. */
  connectorStatus: 'Available' | 'Occupied';
  /** The idToken that authorized the session. */
  idToken: IdToken | undefined;
  tx: StationTransaction | undefined;
  /** TransactionEvents generated while offline, not yet delivered. */
  readonly queue: TxEvent[];
  meter: { wh: number; powerW: number; since: number };
}

const CHARGING_POWER_W = 11_000;
const sessions = new WeakMap<Peer, ChargingSession>();
/** The sessions of further EVSEs (cases with a transaction on each of two EVSEs, e.g. TC_C_47_CSMS), per peer and EVSE id. */
const otherSessions = new WeakMap<Peer, Map<number, ChargingSession>>();
/** The EVSE the reusable states act on while `onEvse` runs (undefined: the first configured one). */
const selectedEvse = new WeakMap<Peer, number>();

function idleSession(evseId: number): ChargingSession {
  return {
    evseId, connectorId: 1, state: 'Idle', authorized: false, evConnected: false, connectorStatus: 'Available',
    idToken: undefined, tx: undefined, queue: [], meter: { wh: 12_345, powerW: 0, since: Date.now() },
  };
}

/** The station's session (created idle on first use): its first configured EVSE's, or the one `onEvse` selected. */
export function chargingSession(ctx: CaseContext<'2.0.1', 'CSMS'>): ChargingSession {
  const first = ctx.ics.evses[0]?.id ?? 1;
  const evseId = selectedEvse.get(ctx.sut) ?? first;
  if (evseId !== first) {
    const others = otherSessions.get(ctx.sut) ?? new Map<number, ChargingSession>();
    otherSessions.set(ctx.sut, others);
    const other = others.get(evseId) ?? idleSession(evseId);
    others.set(evseId, other);
    return other;
  }
  let s = sessions.get(ctx.sut);
  if (!s) {
    s = idleSession(first);
    sessions.set(ctx.sut, s);
  }
  return s;
}

/** Runs `steps` (reusable states, transaction events) on the station's EVSE `evseId`, then selects the first EVSE again. */
export async function onEvse<T>(ctx: CaseContext<'2.0.1', 'CSMS'>, evseId: number, steps: () => Promise<T>): Promise<T> {
  const before = selectedEvse.get(ctx.sut);
  selectedEvse.set(ctx.sut, evseId);
  try {
    return await steps();
  } finally {
    if (before === undefined) selectedEvse.delete(ctx.sut);
    else selectedEvse.set(ctx.sut, before);
  }
}

/** Harness settings the Part 6 cases call "Configured ...", in milliseconds (the config file's `configured:` section). */
export function configuredMs(ctx: CaseContext<'2.0.1', 'CSMS'>, name: 'transactionDurationMs' | 'evConnectionTimeoutMs'): number {
  return configured(ctx, name);
}

export function validToken(ctx: CaseContext<'2.0.1', 'CSMS'>): IdToken {
  return idTokenOf(ctx.ics.idTokens.valid);
}

/** The configured invalid idToken; NOT_APPLICABLE when the config gives none (the CSMS cannot know a placeholder). */
export function invalidToken(ctx: CaseContext<'2.0.1', 'CSMS'>): IdToken {
  return idTokenOf(idTokenFor(ctx, 'invalid'));
}

// --- energy meter ----------------------------------------------------------------------------------

function registerWh(s: ChargingSession): number {
  const now = Date.now();
  s.meter.wh += (s.meter.powerW * (now - s.meter.since)) / 3_600_000;
  s.meter.since = now;
  return Math.round(s.meter.wh * 10) / 10;
}

function setPower(s: ChargingSession, watts: number): void {
  registerWh(s);
  s.meter.powerW = watts;
}

/** One MeterValue: the energy register (and the power drawn, for periodic samples). */
export function meterValue(s: ChargingSession, context: 'Transaction.Begin' | 'Sample.Periodic' | 'Transaction.End'): MeterValue {
  const sampledValue: MeterValue['sampledValue'] = [{ value: registerWh(s), context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }];
  if (context === 'Sample.Periodic') sampledValue.push({ value: s.meter.powerW, context, measurand: 'Power.Active.Import', unitOfMeasure: { unit: 'W' } });
  return { timestamp: new Date().toISOString(), sampledValue };
}

let signingKey: { privateKey: KeyObject; publicKeyB64: string } | undefined;

/** A SignedMeterValueType over `value`: OCMF-style data signed with the station meter's ECDSA P-256 key. */
export function signedMeterValue(transactionId: string, value: number): NonNullable<MeterValue['sampledValue'][number]['signedMeterValue']> {
  if (!signingKey) {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    signingKey = { privateKey, publicKeyB64: publicKey.export({ type: 'spki', format: 'der' }).toString('base64') };
  }
  const data = JSON.stringify({ FV: '1.0', GI: 'ocpp-harness meter', TT: transactionId, RD: [{ TM: new Date().toISOString(), TX: 'B', RV: value, RI: '01-00:98.08.00.FF', RU: 'kWh' }] });
  const signature = createSign('SHA256').update(data).sign(signingKey.privateKey).toString('hex');
  return {
    signedMeterData: Buffer.from(`OCMF|${data}|${JSON.stringify({ SA: 'ECDSA-secp256r1-SHA256', SD: signature })}`).toString('base64'),
    signingMethod: 'ECDSA-secp256r1-SHA256',
    encodingMethod: 'OCMF',
    publicKey: signingKey.publicKeyB64,
  };
}

// --- messages --------------------------------------------------------------------------------------

/** "The OCTT notifies the CSMS about the status change of the connector": StatusNotification and NotifyEvent AvailabilityState. */
export async function reportConnector(ctx: CaseContext<'2.0.1', 'CSMS'>, status: 'Available' | 'Occupied', options: { notifyEvent?: boolean; requirement?: string } = {}): Promise<void> {
  const { sut } = ctx;
  const s = chargingSession(ctx);
  const requirement = options.requirement ? { requirement: options.requirement } : {};
  s.connectorStatus = status;
  s.evConnected = status === 'Occupied';
  await sut.call('StatusNotification', { timestamp: sut.now(), connectorStatus: status, evseId: s.evseId, connectorId: s.connectorId }, requirement);
  if (options.notifyEvent === false) return;
  await sut.call('NotifyEvent', {
    generatedAt: sut.now(), seqNo: 0,
    eventData: [{
      eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
      component: { name: 'Connector', evse: { id: s.evseId, connectorId: s.connectorId } }, variable: { name: 'AvailabilityState' },
    }],
  }, requirement);
}

export interface TxEventSpec {
  eventType: 'Started' | 'Updated' | 'Ended';
  triggerReason: TxEvent['triggerReason'];
  /** Reported when it changes (E02.FR.13); always on Started. */
  chargingState?: ChargingState;
  stoppedReason?: TxEvent['transactionInfo']['stoppedReason'];
  /** Sent with authorization events only (E03.FR.01, E07.FR.02). */
  idToken?: IdToken;
  /** A meter value of this context; Started/Ended carry Transaction.Begin/End by default. */
  meter?: 'Transaction.Begin' | 'Sample.Periodic' | 'Transaction.End' | 'none';
  /** Meter values as given (e.g. a signed reading of this transaction), instead of `meter`. */
  meterValue?: (transactionId: string) => MeterValue[];
  /** Requirement blamed when the CSMS does not answer (default J02.FR.19). */
  requirement?: string;
}

const STOPS = new Set(['StopAuthorized', 'Deauthorized', 'RemoteStop']);

/** What an event says about the EV and the driver, for the events that follow. */
function follow(s: ChargingSession, spec: TxEventSpec): void {
  if (spec.idToken && !STOPS.has(spec.triggerReason)) {
    s.authorized = true;
    s.idToken = spec.idToken;
  }
  switch (spec.triggerReason) {
    case 'Authorized':
    case 'RemoteStart':
      s.authorized = true;
      break;
    case 'StopAuthorized':
    case 'Deauthorized':
    case 'RemoteStop':
      s.authorized = false;
      break;
    case 'CablePluggedIn':
      s.evConnected = true;
      break;
    case 'EVCommunicationLost':
      s.evConnected = false;
      // The next connection is reported again with the connector (E01.FR.16).
      if (s.tx) s.tx.connectorReported = false;
      break;
    default:
      break;
  }
}

/** Builds the next TransactionEvent of the session's transaction (starting one on Started) and updates the session. */
export function nextTransactionEvent(ctx: CaseContext<'2.0.1', 'CSMS'>, spec: TxEventSpec): TxEvent {
  const s = chargingSession(ctx);
  if (spec.eventType === 'Started') {
    s.tx = { transactionId: randomUUID(), startedBy: spec.triggerReason, nextSeqNo: 0, chargingState: undefined, connectorReported: false };
  }
  const tx = s.tx;
  if (!tx) throw new Error(`the simulated station has no transaction to report ${spec.triggerReason} on (a reusable state is missing)`);
  const info: TxEvent['transactionInfo'] = { transactionId: tx.transactionId };
  if (spec.chargingState) {
    info.chargingState = spec.chargingState;
    tx.chargingState = spec.chargingState;
    setPower(s, spec.chargingState === 'Charging' ? CHARGING_POWER_W : 0);
  }
  if (spec.stoppedReason) info.stoppedReason = spec.stoppedReason;
  const payload: TxEvent = {
    eventType: spec.eventType, timestamp: new Date().toISOString(), triggerReason: spec.triggerReason, seqNo: tx.nextSeqNo, transactionInfo: info,
  };
  tx.nextSeqNo += 1;
  follow(s, spec);
  // evse: with the Started event (the reader belongs to this EVSE), and once with the connector after the EV connected (E01.FR.16).
  if (spec.eventType === 'Started' || (s.evConnected && !tx.connectorReported)) {
    payload.evse = s.evConnected ? { id: s.evseId, connectorId: s.connectorId } : { id: s.evseId };
    if (s.evConnected) tx.connectorReported = true;
  }
  if (spec.idToken) payload.idToken = spec.idToken;
  const meter = spec.meter ?? (spec.eventType === 'Started' ? 'Transaction.Begin' : spec.eventType === 'Ended' ? 'Transaction.End' : 'none');
  if (spec.meterValue) payload.meterValue = spec.meterValue(tx.transactionId);
  else if (meter !== 'none') payload.meterValue = [meterValue(s, meter)];
  if (spec.eventType === 'Ended') {
    setPower(s, 0);
    s.tx = undefined;
    s.authorized = false;
  }
  // Without a connection the event waits in the queue, flagged offline (E12.FR.01/E12.FR.02).
  if (!ctx.sut.isConnected()) {
    payload.offline = true;
    s.queue.push(payload);
  }
  return payload;
}

/**
 * Sends the next TransactionEvent (or queues it while offline) and returns the CSMS's answer
 * (undefined when queued). A CALLERROR or no answer fails the case on `spec.requirement`.
 */
export async function transactionEvent(ctx: CaseContext<'2.0.1', 'CSMS'>, spec: TxEventSpec): Promise<Response<'2.0.1', 'TransactionEvent'> | undefined> {
  const payload = nextTransactionEvent(ctx, spec);
  if (payload.offline === true) {
    ctx.log(`offline: queued TransactionEvent ${spec.eventType} (${spec.triggerReason}, seqNo ${String(payload.seqNo)})`);
    return undefined;
  }
  return ctx.sut.call('TransactionEvent', payload, { requirement: spec.requirement ?? 'J02.FR.19' });
}

/** Delivers a queued TransactionEvent (offline = true), returning the CSMS's answer. */
export async function deliverQueued(ctx: CaseContext<'2.0.1', 'CSMS'>, pick: (p: TxEvent) => boolean, requirement = 'J02.FR.19'): Promise<Response<'2.0.1', 'TransactionEvent'>> {
  const s = chargingSession(ctx);
  const i = s.queue.findIndex(pick);
  const payload = s.queue[i];
  if (i < 0 || !payload) throw new Error('no such queued TransactionEvent');
  s.queue.splice(i, 1);
  return ctx.sut.call('TransactionEvent', payload, { requirement });
}

/** idTokenInfo.status of a TransactionEvent or Authorize answer. */
export const idTokenStatus = (answer: Payload | undefined): unknown => (answer?.idTokenInfo as Payload | undefined)?.status;

export const transactionIdOf = (p: TxEvent): string => p.transactionInfo.transactionId;

/** The GetTransactionStatusResponse the station gives for what it has (E14.FR.01-08). */
export function transactionStatus(ctx: CaseContext<'2.0.1', 'CSMS'>, requested: unknown): Response<'2.0.1', 'GetTransactionStatus'> {
  const s = chargingSession(ctx);
  if (typeof requested !== 'string') return { messagesInQueue: s.queue.length > 0 };
  return { ongoingIndicator: s.tx?.transactionId === requested, messagesInQueue: s.queue.some((p) => transactionIdOf(p) === requested) };
}

/** Closes the connection: the station is offline until `reconnect`. */
export async function goOffline(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<void> {
  await ctx.sut.disconnect();
}

/** Connects again (no BootNotification: the station did not reboot). */
export async function reconnect(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<void> {
  await ctx.sut.expectConnection();
}

/**
 * Manual action "trigger the CSMS to send `action`": arms the wait, asks the operator, answers the
 * request with `answer(payload)` and returns it for the case to check (answering first keeps the
 * link clean when a check fails).
 */
export async function csmsRequest<A extends Action<'2.0.1'>>(ctx: CaseContext<'2.0.1', 'CSMS'>, action: A, answer: (request: Request<'2.0.1', NoInfer<A>>) => Response<'2.0.1', NoInfer<A>>,
  options: { hint?: Payload; requirement?: string } = {}): Promise<Received<'2.0.1', A>> {
  const { sut, operator } = ctx;
  const incoming = sut.expectCall(action, options.requirement ? { requirement: options.requirement } : {});
  const asked = operator.do('csmsSend', { action, stationId: ctx.ics.station.id, ...(options.hint ? { hint: options.hint } : {}) });
  asked.catch(() => undefined);
  // An operator who cannot do it is INCONCLUSIVE at once; otherwise the request decides.
  // Widened to the wire types here only: the caller's `answer` is typed for A.
  const call: ReceivedCall = await Promise.race([incoming, asked.then(() => incoming)]);
  call.respond(answer(call.payload as Request<'2.0.1', A>));
  await asked;
  return call as Received<'2.0.1', A>;
}

/**
 * General precondition "the station is idle": delivers what is still queued, ends a transaction a
 * previous case left running and frees the connector. Best effort: what the CSMS answers is not
 * judged here (the case that left it so has its verdict already).
 */
export async function stationIdle(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<void> {
  const { sut } = ctx;
  const s = chargingSession(ctx);
  if (!sut.isConnected()) return;
  const send = async <A extends Action<'2.0.1'>>(action: A, payload: Request<'2.0.1', A>) => { await sut.callRaw(action, payload); };
  const busy = s.queue.length > 0 || s.tx !== undefined || s.connectorStatus !== 'Available' || s.authorized || s.evConnected;
  s.state = 'Idle';
  if (!busy) return;
  ctx.log('the simulated station returns to idle');
  for (const queued of s.queue.splice(0)) await send('TransactionEvent', queued);
  if (s.connectorStatus === 'Occupied') {
    s.connectorStatus = 'Available';
    await send('StatusNotification', { timestamp: sut.now(), connectorStatus: 'Available', evseId: s.evseId, connectorId: s.connectorId });
  }
  if (s.tx) {
    const ended = s.evConnected
      ? { triggerReason: 'EVCommunicationLost' as const, chargingState: 'Idle' as const, stoppedReason: 'EVDisconnected' as const }
      : s.tx.startedBy === 'EVDetected'
        ? { triggerReason: 'EVDeparted' as const, stoppedReason: 'Local' as const }
        : { triggerReason: 'EVConnectTimeout' as const, stoppedReason: 'Timeout' as const };
    await send('TransactionEvent', nextTransactionEvent(ctx, { eventType: 'Ended', ...ended }));
  }
  Object.assign(s, { authorized: false, evConnected: false, idToken: undefined, tx: undefined });
}
