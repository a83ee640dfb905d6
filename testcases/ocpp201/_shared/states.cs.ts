/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18), charging station under test: the harness
 * plays the CSMS. Written once, called by the cases and by the general preconditions.
 */
import { adviseUnless, connectorCount, type CaseContext, type IdTokenSpec, type Payload, type ReceivedCall, type Received } from '../../kit.js';
import {
  configure, configuredMs, connectorStatus, hasBayDetector, later, transactionEvent, transactionRunning, txInfo, txSession, validToken,
} from './charging-session.cs.js';
import { idTokenOf } from './id-token.js';

export interface BootedOptions {
  /** 'powerCycle' (manual action, default) or 'reset' (steps 1-2: ResetRequest Immediate). */
  via?: 'powerCycle' | 'reset';
  /** Requirement blamed for a wrong boot reason. */
  reasonRequirement?: string;
  expectedReason?: string;
  /**
   * The reason is not an official tool validation here (Booted after a power cycle validates the reset,
   * the connector states and the security event, not the reason: Part 6 Table 423): a wrong one is an advisory.
   */
  reasonAdvisory?: boolean;
  /** The status each connector reports after the boot (default Available), and the requirement blamed otherwise. */
  connectorStatus?: ExpectedStatus;
  statusRequirement?: string;
  /** Steps 7-8, SecurityEventNotification StartupOfTheDevice / ResetOrReboot (default true; false for cases whose steps end earlier). */
  securityEvent?: boolean;
}

/** A connector status, or the status per connector (evseId, connectorId). */
export type ExpectedStatus = string | ((evseId: number, connectorId: number) => string);

/**
 * Reusable State Booted: the station reboots, sends BootNotification (answered Accepted),
 * reports every connector Available, and sends SecurityEventNotification StartupOfTheDevice or ResetOrReboot.
 */
export async function booted(ctx: CaseContext<'2.0.1', 'CS'>, options: BootedOptions = {}): Promise<Received<'2.0.1', 'BootNotification'>> {
  const { sut, operator, expect, ics } = ctx;
  // Observed, not assumed: the boot that answers the reboot comes on a connection opened after it was asked for.
  const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.bootMs, requirement: 'B01.FR.01', connectedSince: Date.now() });
  if (options.via === 'reset') {
    const res = await sut.call('Reset', { type: 'Immediate' });
    expect(res.status, 'B11.FR.01: ResetResponse status').to.equal('Accepted');
  } else {
    await operator.do('powerCycle');
  }
  return bootAccepted(ctx, boot, options);
}

/**
 * Steps 3-8 of Booted, for a reboot the case triggered itself (arm `boot` before the trigger): the
 * BootNotification is answered Accepted, every connector reports its state, then the security event.
 */
export async function bootAccepted(ctx: CaseContext<'2.0.1', 'CS'>, boot: Promise<Received<'2.0.1', 'BootNotification'>>, options: BootedOptions = {}): Promise<Received<'2.0.1', 'BootNotification'>> {
  const { sut, expect, ics } = ctx;
  const bootCall = await boot;
  if (options.expectedReason && options.reasonAdvisory) {
    adviseUnless(ctx, bootCall.payload.reason === options.expectedReason,
      `BootNotificationRequest reason is ${JSON.stringify(bootCall.payload.reason)}, expected ${options.expectedReason}`, options.reasonRequirement ?? 'B01.FR.09');
  } else if (options.expectedReason) {
    expect(bootCall.payload.reason, `${options.reasonRequirement ?? 'B01.FR.09'}: BootNotificationRequest reason`).to.equal(options.expectedReason);
  }
  bootCall.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await connectorsAvailable(ctx, options.connectorStatus, options.statusRequirement);
  if (options.securityEvent === false) return bootCall;
  // Security events queued before the reboot (e.g. InvalidCsmsCertificate from a refused TLS attempt) may come first:
  // A04 delivers them once connected; they are not the boot's.
  const sec = await sut.expectCall('SecurityEventNotification', {
    requirement: 'A04.FR.01', describe: 'StartupOfTheDevice or ResetOrReboot, after boot',
    filter: (p) => p.type === 'StartupOfTheDevice' || p.type === 'ResetOrReboot',
  });
  expect(sec.payload.type, 'A04.FR.01: SecurityEventNotificationRequest type').to.be.oneOf(['StartupOfTheDevice', 'ResetOrReboot']);
  return bootCall;
}

/** Step "The Charging Station notifies the CSMS about the current state of all connectors": StatusNotification or NotifyEvent AvailabilityState per connector. */
export async function connectorsAvailable(ctx: CaseContext<'2.0.1', 'CS'>, expected: ExpectedStatus = 'Available', requirement = 'B01.FR.05'): Promise<Array<ReceivedCall<Payload>>> {
  const want = (evseId: unknown, connectorId: unknown) => (typeof expected === 'function' ? expected(Number(evseId), Number(connectorId)) : expected);
  const { sut, expect, ics } = ctx;
  const seen = new Set<string>();
  const calls: Array<ReceivedCall<Payload>> = [];
  while (seen.size < connectorCount(ics)) {
    const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      requirement,
      describe: `(connector state ${seen.size + 1}/${connectorCount(ics)})`,
      filter: (p) => 'connectorStatus' in p || availabilityEvent(p) !== undefined,
    });
    calls.push(call);
    if (call.action === 'StatusNotification') {
      expect(call.payload.evseId, `${requirement}: StatusNotificationRequest evseId not 0`).to.not.equal(0);
      expect(call.payload.connectorId, `${requirement}: StatusNotificationRequest connectorId not 0`).to.not.equal(0);
      expect(call.payload.connectorStatus, `${requirement}: StatusNotificationRequest connectorStatus`).to.equal(want(call.payload.evseId, call.payload.connectorId));
      seen.add(`${String(call.payload.evseId)}/${String(call.payload.connectorId)}`);
    } else {
      const ev = availabilityEvent(call.payload);
      expect(ev?.trigger, `${requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      expect(ev?.actualValue, `${requirement}: NotifyEventRequest eventData[0].actualValue`).to.equal(want(ev?.component?.evse?.id, ev?.component?.evse?.connectorId));
      seen.add(`${String(ev?.component?.evse?.id)}/${String(ev?.component?.evse?.connectorId)}`);
    }
  }
  return calls;
}

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

function availabilityEvent(p: Payload): EventDatum | undefined {
  const data = (p.eventData as EventDatum[] | undefined) ?? [];
  return data.find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');
}

// --- E. Transactions: the charging station's reusable states (Part 6 2.18) -----------------------------
// Each follows the station's session (charging-session.cs.ts): which TransactionEvents come depends on the
// TxStartPoint / TxStopPoint the station runs with and on where the session is, as the state's notes say.

const isStart = (points: string[], ...names: string[]): boolean => names.some((n) => points.includes(n));

/** Reusable State ParkingBayOccupied (optional: only with a parking bay detector). */
export async function parkingBayOccupied(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (!hasBayDetector(ctx) || s.parked) return;
  // 1. TransactionEvent when TxStartPoint contains ParkingBayOccupancy.
  const tx = isStart(s.startPoints, 'ParkingBayOccupancy') && !transactionRunning(s)
    ? later(transactionEvent(ctx, { describe: '(EV in the parking bay)', requirement: 'E01.FR.01' })) : undefined;
  // Manual Action: Drive EV into parking bay.
  s.parked = true;
  await ctx.operator.do('driveIn', { evseId: s.evseId });
  if (tx) {
    const p = await tx;
    expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('EVDetected');
  }
  s.state = 'ParkingBayOccupied';
}

/** Does connecting the EV (now) start the transaction: TxStartPoint EVConnected, or PowerPathClosed once authorized? */
function plugStarts(ctx: CaseContext<'2.0.1', 'CS'>): boolean {
  const s = txSession(ctx);
  return !transactionRunning(s) && (isStart(s.startPoints, 'EVConnected') || (s.authorized && isStart(s.startPoints, 'PowerPathClosed') && !isStart(s.startPoints, 'DataSigned')));
}

/** Manual Action "Connect the EV and EVSE" with steps 1-4 of EVConnectedPreSession / EnergyTransferStarted part 1; returns the TransactionEvent, if one is due. */
async function connectEv(ctx: CaseContext<'2.0.1', 'CS'>, requirement: string): Promise<Payload | undefined> {
  const s = txSession(ctx);
  const starts = plugStarts(ctx);
  // 1-2. The connector becomes Occupied.
  const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
  // 3-4. TransactionEvent when TxStartPoint contains EVConnected or the transaction already started.
  const tx = starts || transactionRunning(s) ? later(transactionEvent(ctx, { describe: `(EV connected${starts ? ', transaction starts' : ''})`, requirement })) : undefined;
  Object.assign(s, { evConnected: true, evseReported: false, cableInSocket: false });
  await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
  await occupied;
  const p = tx ? await tx : undefined;
  if (p) ctx.expect(p.eventType, `${starts ? 'E01.FR.02' : 'E02.FR.01'}: TransactionEventRequest eventType`).to.equal(starts ? 'Started' : 'Updated');
  return p;
}

/** Reusable State EVConnectedPreSession: the EV is connected; returns the TransactionEvent of step 3, if one was due. */
export async function evConnectedPreSession(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload | undefined> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'ParkingBayOccupied') await parkingBayOccupied(ctx);
  const wasAuthorized = s.authorized;
  const p = await connectEv(ctx, 'E01.FR.02');
  if (p) {
    expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.be.oneOf(['CablePluggedIn', 'ChargingStateChanged', 'RemoteStart']);
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState')
      .to.be.oneOf(wasAuthorized ? ['EVConnected', 'SuspendedEVSE', 'Charging'] : ['EVConnected', 'SuspendedEVSE']);
  }
  s.state = 'EVConnectedPreSession';
  return p;
}

export interface AuthorizedOptions {
  /** A: local (present the idToken, default), B: remote (RequestStartTransaction). */
  mode?: 'local' | 'remote';
  token?: IdTokenSpec;
  /** groupIdToken the CSMS gives with its Accepted idTokenInfo. */
  groupIdToken?: IdTokenSpec;
}

/** Reusable State Authorized (A local / B remote); returns the TransactionEvent of step 3 (A) / 7 (B), if one was due. */
export async function authorized(ctx: CaseContext<'2.0.1', 'CS'>, options: AuthorizedOptions = {}): Promise<Payload | undefined> {
  const { sut, expect, operator } = ctx;
  const s = txSession(ctx);
  const token = options.token ?? validToken(ctx);
  const info = { status: 'Accepted' as const, ...(options.groupIdToken ? { groupIdToken: idTokenOf(options.groupIdToken) } : {}) };
  if (s.state !== 'ParkingBayOccupied' && s.state !== 'EVConnectedPreSession') await parkingBayOccupied(ctx);
  const starts = !transactionRunning(s) && (isStart(s.startPoints, 'Authorized')
    || (s.evConnected && isStart(s.startPoints, 'PowerPathClosed') && !isStart(s.startPoints, 'DataSigned')));
  const due = starts || transactionRunning(s);
  const remote = options.mode === 'remote';
  const authorize = !remote || s.authorizeRemoteStart ? sut.expectCall('Authorize', { requirement: 'C01.FR.02', describe: `for ${token.idToken}` }) : undefined;
  const tx = due ? later(transactionEvent(ctx, {
    describe: `(${remote ? 'remote start' : 'authorized'})`, requirement: starts ? 'E01.FR.03' : 'E01.FR.10', ...(options.groupIdToken ? { groupIdToken: options.groupIdToken } : {}),
  })) : undefined;
  let presenting: Promise<unknown> | undefined;
  if (remote) {
    // B 1-2. RequestStartTransaction with the configured idToken and EVSE.
    const running = transactionRunning(s) ? s.transactionId : undefined;
    const res = await sut.call('RequestStartTransaction', { idToken: idTokenOf(token), evseId: s.evseId, remoteStartId: Math.floor(Math.random() * 1e6) }, { requirement: 'F01.FR.03' });
    expect(res.status, 'F01.FR.03: RequestStartTransactionResponse status').to.equal('Accepted');
    if (running) expect(res.transactionId, 'F01.FR.04: RequestStartTransactionResponse transactionId of the running transaction').to.equal(running);
  } else {
    // A. Manual Action: Present idToken (the station may wait for the AuthorizeResponse before the action completes).
    presenting = later(operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId }));
  }
  if (authorize) {
    // A 1-2 / B 3-4. AuthorizeRequest with the idToken; the OCTT accepts it.
    const a = await authorize;
    a.respond({ idTokenInfo: info });
    // Optional chaining: a station that leaves idToken out fails on its schema violation, not on a harness TypeError.
    const sent = a.payload.idToken;
    expect(sent?.idToken, 'C01.FR.02: AuthorizeRequest idToken.idToken').to.equal(token.idToken);
    expect(sent?.type, 'C01.FR.02: AuthorizeRequest idToken.type').to.equal(token.type);
  }
  await presenting;
  const p = tx ? await tx : undefined;
  if (p) {
    // A 3-4 / B 7-8. TransactionEvent with the idToken.
    if (starts) expect(p.eventType, 'E01.FR.03: TransactionEventRequest eventType').to.equal('Started');
    expect(p.triggerReason, `${remote ? 'F01.FR.19' : 'E01.FR.15'}: TransactionEventRequest triggerReason`).to.equal(remote ? 'RemoteStart' : 'Authorized');
    const sent = (p.idToken ?? {}) as Payload;
    expect(sent.idToken, 'E01.FR.10: TransactionEventRequest idToken.idToken').to.equal(token.idToken);
    expect(sent.type, 'E01.FR.10: TransactionEventRequest idToken.type').to.equal(token.type);
    if (remote) expect(txInfo(p).remoteStartId, 'F02.FR.01: TransactionEventRequest transactionInfo.remoteStartId').to.be.a('number');
  }
  Object.assign(s, { authorized: true, idToken: token, stoppedRemotely: false, state: 'Authorized' });
  return p;
}

/** Reusable State EnergyTransferStarted: the EV charges. Returns the TransactionEvent reporting Charging. */
export async function energyTransferStarted(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (!s.authorized) await authorized(ctx);
  if (!s.evConnected) {
    // Part 1: Manual Action: Connect the EV and EVSE (steps 1-4).
    const p = await connectEv(ctx, 'E03.FR.12');
    if (p) {
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('CablePluggedIn');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
    }
  }
  // Part 2, 5-6. TxStartPoint DataSigned: the signed meter value starts the transaction.
  if (isStart(s.startPoints, 'DataSigned') && !transactionRunning(s)) {
    const p = await transactionEvent(ctx, { describe: '(signed meter value)', requirement: 'E01.FR.04' });
    expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('SignedDataReceived');
  }
  // 7-8. TxStartPoint PowerPathClosed: the closed power path starts the transaction.
  if (isStart(s.startPoints, 'PowerPathClosed') && !transactionRunning(s) && !isStart(s.startPoints, 'EnergyTransfer')) {
    const p = await transactionEvent(ctx, { describe: '(power path closed)', requirement: 'E01.FR.05' });
    expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('SuspendedEVSE');
  }
  // 9-10. Energy flows: ChargingStateChanged, Charging.
  const p = await transactionEvent(ctx, { describe: '(charging)', requirement: transactionRunning(s) ? 'E02.FR.13' : 'E01.FR.06' });
  expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
  expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
  s.state = 'EnergyTransferStarted';
  return p;
}

/** Reusable State EnergyTransferSuspended: the EV suspends; returns that TransactionEvent. */
export async function energyTransferSuspended(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'EnergyTransferStarted') await energyTransferStarted(ctx);
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  const tx = later(transactionEvent(ctx, { describe: '(EV suspended)', requirement: 'E01.FR.19' }));
  // Manual Action: The EV suspends the energy transfer.
  await ctx.operator.do('evSuspend', { evseId: s.evseId });
  // 1-2. TransactionEvent SuspendedEV (Updated), or EVConnected (Ended) when TxStopPoint has EnergyTransfer.
  const p = await tx;
  const info = txInfo(p);
  expect(info.chargingState, 'E01.FR.19: TransactionEventRequest transactionInfo.chargingState').to.be.oneOf(['EVConnected', 'SuspendedEV']);
  if (info.chargingState === 'SuspendedEV') expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
  expect(p.eventType, 'E01.FR.19: TransactionEventRequest eventType').to.be.oneOf(['Ended', 'Updated']);
  if (p.eventType === 'Ended') expect(info.stoppedReason, 'E06.FR.07: TransactionEventRequest transactionInfo.stoppedReason').to.equal('StoppedByEV');
  s.state = 'EnergyTransferSuspended';
  return p;
}

/** TxStopPoints at which the end of the authorization ends the transaction (errata 2025-09, 6.2.117). */
const ENDS_AT_STOP_AUTHORIZED = ['Authorized', 'PowerPathClosed', 'EnergyTransfer'];

/**
 * Reusable State StopAuthorized (A local / B remote), as errata 2025-09 6.2.117 gives it: step 1 (A) / 3 (B),
 * then optionally a ChargingStateChanged / EVConnected message. With TxStopPoint Authorized, PowerPathClosed
 * or EnergyTransfer the last of the two is Ended with stoppedReason Local or omitted (A) / Remote (B); otherwise
 * both are Updated. Returns the TransactionEvent of step 1 / 3.
 */
export async function stopAuthorized(ctx: CaseContext<'2.0.1', 'CS'>, options: { mode?: 'local' | 'remote'; token?: IdTokenSpec } = {}): Promise<Payload> {
  const { sut, expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'EnergyTransferStarted') await energyTransferStarted(ctx);
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  const remote = options.mode === 'remote';
  const req = remote ? 'F03.FR.09' : 'E07.FR.02';
  const tx = later(transactionEvent(ctx, { describe: `(${remote ? 'remote stop' : 'stop authorized'})`, requirement: req }));
  if (remote) {
    // B 1-2. RequestStopTransaction for the running transaction.
    // EnergyTransferStarted above recorded the station's transactionId; without one this is a harness defect.
    if (s.transactionId === undefined) throw new Error('the session has no transaction to stop');
    const res = await sut.call('RequestStopTransaction', { transactionId: s.transactionId }, { requirement: 'F03.FR.07' });
    expect(res.status, 'F03.FR.07: RequestStopTransactionResponse status').to.equal('Accepted');
  } else {
    // A. Manual Action: Present the same idToken as used to start the transaction.
    const token = options.token ?? s.idToken ?? validToken(ctx);
    await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
  }
  const p = await tx;
  expect(p.triggerReason, `${req}: TransactionEventRequest triggerReason`).to.equal(remote ? 'RemoteStop' : 'StopAuthorized');
  if (!remote && p.idToken !== undefined) {
    const token = options.token ?? s.idToken ?? validToken(ctx);
    expect((p.idToken as Payload).idToken, 'E07.FR.02: TransactionEventRequest idToken.idToken (omitted, or the one presented)').to.equal(token.idToken);
  }
  const mustEnd = s.stopPoints.some((x) => ENDS_AT_STOP_AUTHORIZED.includes(x));
  const endRequirement = remote ? 'F03.FR.10' : 'E07.FR.06';
  const checkEnded = (last: Payload) => {
    expect(last.eventType, `${endRequirement}: the last TransactionEventRequest of StopAuthorized eventType (TxStopPoint ${s.stopPoints.join(',')})`).to.equal('Ended');
    const reason = txInfo(last).stoppedReason;
    if (remote) expect(reason, `${endRequirement}: TransactionEventRequest transactionInfo.stoppedReason`).to.equal('Remote');
    else expect(reason ?? 'Local', `${endRequirement}: TransactionEventRequest transactionInfo.stoppedReason (Local or omitted)`).to.equal('Local');
  };
  if (!mustEnd) {
    // Both messages Updated; the optional ChargingStateChanged one is taken by EVConnectedPostSession.
    expect(p.eventType, `E06.FR.15: TransactionEventRequest eventType (TxStopPoint ${s.stopPoints.join(',')} does not end the transaction here)`).to.equal('Updated');
  } else if (p.eventType === 'Ended') {
    checkEnded(p);
  } else {
    // Step 3 / 5 (optional, but here the one that ends the transaction): ChargingStateChanged, EVConnected, Ended.
    const last = await transactionEvent(ctx, { describe: '(energy transfer stopped, transaction ended)', requirement: endRequirement });
    expect(last.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
    expect(txInfo(last).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
    checkEnded(last);
  }
  Object.assign(s, { authorized: false, stoppedRemotely: remote, state: 'StopAuthorized' });
  return p;
}

/**
 * Reusable State EVConnectedPostSession: the energy transfer stopped, the EV is still connected. While the
 * transaction runs: ChargingStateChanged, EVConnected (unless StopAuthorized's optional message gave it).
 * Its step 3 (SignedDataReceived with TxStopPoint DataSigned) cannot occur: errata 2025-09 2.24 rules
 * DataSigned out as a TxStopPoint.
 */
export async function evConnectedPostSession(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'StopAuthorized') await stopAuthorized(ctx);
  if (transactionRunning(s) && s.chargingState !== 'EVConnected') {
    const p = await transactionEvent(ctx, { describe: '(energy transfer stopped)', requirement: 'E02.FR.13' });
    expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
    expect(p.eventType, 'E06.FR.15: TransactionEventRequest eventType (the transaction goes on until its TxStopPoint)').to.equal('Updated');
  }
  s.state = 'EVConnectedPostSession';
}

/** Reusable State EVDisconnected: the EV is unplugged after the session was authorized to stop; returns the TransactionEvent, if one was due. */
export async function evDisconnected(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload | undefined> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'EVConnectedPostSession') await evConnectedPostSession(ctx);
  // 1-2. The connector becomes Available.
  const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
  // 3-4. TransactionEvent when the transaction did not end yet.
  const tx = transactionRunning(s) ? later(transactionEvent(ctx, { describe: '(EV disconnected)', requirement: 'E06.FR.15' })) : undefined;
  // Manual Action: Disconnect the EV and EVSE.
  Object.assign(s, { evConnected: false, cableInSocket: false });
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
  await available;
  const p = tx ? await tx : undefined;
  if (p) {
    expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
  }
  s.state = 'EVDisconnected';
  return p;
}

/** Reusable State ParkingBayUnoccupied: the EV leaves the parking bay (a TransactionEvent with TxStopPoint ParkingBayOccupancy). */
export async function parkingBayUnoccupied(ctx: CaseContext<'2.0.1', 'CS'>): Promise<Payload | undefined> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'EVDisconnected') await evDisconnected(ctx);
  s.state = 'ParkingBayUnoccupied';
  if (!s.parked) return undefined;
  const due = s.stopPoints.includes('ParkingBayOccupancy') && transactionRunning(s);
  const tx = due ? later(transactionEvent(ctx, { describe: '(EV left the parking bay)', requirement: 'E06.FR.01' })) : undefined;
  // Manual Action: Drive EV out of parking bay.
  s.parked = false;
  await ctx.operator.do('driveOut', { evseId: s.evseId });
  const p = tx ? await tx : undefined;
  if (p) {
    expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVDeparted');
    expect(txInfo(p).stoppedReason, 'E06.FR.01: TransactionEventRequest transactionInfo.stoppedReason').to.equal(s.stoppedRemotely ? 'Remote' : 'Local');
    expect(p.eventType, 'E06.FR.01: TransactionEventRequest eventType').to.equal('Ended');
  }
  return p;
}

/** Memory State IdTokenCached: a session with `token` (answered Accepted, with `groupIdToken`) leaves it in the Authorization Cache. */
export async function idTokenCached(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec = validToken(ctx), groupIdToken?: IdTokenSpec): Promise<void> {
  const s = txSession(ctx);
  // 1-2. ParkingBayOccupied, Authorized (A 3-4: EVConnectedPreSession, ParkingBayUnoccupied).
  await parkingBayOccupied(ctx);
  await authorized(ctx, { token, ...(groupIdToken ? { groupIdToken } : {}) });
  await evConnectedPreSession(ctx);
  await parkingBayUnoccupied(ctx);
  // The next session starts afresh.
  Object.assign(s, { state: 'Idle', authorized: false });
}

/**
 * Memory State IdTokenLocalAuthList (Part 6 Table 444; errata 2025-09 6.2.121 adds the Configuration State
 * LocalAuthListCtrlr.Enabled true, if implemented): SendLocalListRequest Full with `token`, answered Accepted.
 */
export async function idTokenLocalAuthList(ctx: CaseContext<'2.0.1', 'CS'>, token: IdTokenSpec = validToken(ctx), versionNumber = 1): Promise<void> {
  await configure(ctx, [{ component: 'LocalAuthListCtrlr', variable: 'Enabled', value: 'true', optional: true }]);
  // 1-2. SendLocalListRequest updateType Full with the token: Accepted.
  const res = await ctx.sut.call('SendLocalList', {
    versionNumber, updateType: 'Full',
    localAuthorizationList: [{ idToken: idTokenOf(token), idTokenInfo: { status: 'Accepted' } }],
  });
  ctx.expect(res.status, 'D01.FR.02: SendLocalListResponse status (Memory State IdTokenLocalAuthList)').to.equal('Accepted');
}

/** The Part 5 / profile claims behind the "(If implemented)" of the authorization memory states. */
export const implementsAuthCache = (ctx: CaseContext<'2.0.1', 'CS'>): boolean => ctx.ics.features.includes('C-49');
export const implementsLocalAuthList = (ctx: CaseContext<'2.0.1', 'CS'>): boolean => ctx.ics.profiles.includes('Local Authorization List Management');

// --- H. Reservation -----------------------------------------------------------------------------------------

let lastReservationId = Math.floor(Date.now() / 1000) % 100_000 * 10;

export interface ReservedOptions {
  /** <Specified evseId> (default: the configured EVSE, the first of the ICS). */
  evseId?: number;
  /** <Specified valid_idtoken> (default: the configured valid idToken). */
  token?: IdTokenSpec;
  /** How long until expiryDateTime (default 10 minutes: the reservation outlives the case, which cancels it). */
  expiresInMs?: number;
}

/**
 * Reusable State Reserved (Part 6 2.18): ReserveNow for the EVSE (Accepted); the station reports the EVSE's
 * connectors Reserved (StatusNotification or NotifyEvent AvailabilityState). Returns the reservation id.
 */
export async function reserved(ctx: CaseContext<'2.0.1', 'CS'>, options: ReservedOptions = {}): Promise<number> {
  const { sut, expect, ics } = ctx;
  const evseId = options.evseId ?? ics.evses[0]?.id ?? 1;
  const connectors = ics.evses.find((e) => e.id === evseId)?.connectors ?? 1;
  const token = options.token ?? validToken(ctx);
  const id = (lastReservationId += 10);
  // 1-2. ReserveNowRequest for the EVSE: Accepted.
  const res = await sut.call('ReserveNow', {
    id, evseId, expiryDateTime: new Date(Date.now() + (options.expiresInMs ?? 600_000)).toISOString(), idToken: idTokenOf(token),
  });
  expect(res.status, 'H01.FR.03: ReserveNowResponse status').to.equal('Accepted');
  // 3-4. Every connector of the EVSE reports Reserved (the EVSE component's own AvailabilityState is optional).
  const seen = new Set<number>();
  while (seen.size < connectors) {
    const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
      requirement: 'H01.FR.03', describe: `(connector of EVSE ${evseId} Reserved ${seen.size + 1}/${connectors})`,
      filter: (p) => ('connectorStatus' in p && p.connectorStatus === 'Reserved') || availabilityEvent(p)?.actualValue === 'Reserved',
    });
    if (call.action === 'StatusNotification') {
      expect(call.payload.evseId, 'H01.FR.03: StatusNotificationRequest evseId').to.equal(evseId);
      expect(call.payload.connectorId, 'H01.FR.03: StatusNotificationRequest connectorId not 0').to.not.equal(0);
      seen.add(Number(call.payload.connectorId));
    } else {
      const ev = availabilityEvent(call.payload);
      expect(ev?.trigger, 'H01.FR.03: NotifyEventRequest eventData[0].trigger').to.equal('Delta');
      expect(ev?.component?.evse?.id, 'H01.FR.03: NotifyEventRequest eventData[0].component.evse.id').to.equal(evseId);
      seen.add(Number(ev?.component?.evse?.connectorId));
    }
  }
  return id;
}
