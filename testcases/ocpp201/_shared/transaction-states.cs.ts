/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18) for transactions (block E), charging station under
 * test: the harness plays the CSMS. Each follows the station's session (charging-session.cs.ts).
 */
import { type CaseContext, type IdTokenSpec, type Payload, type Response } from '../../kit.js';
import {
  configuredMs, connectorStatus, hasBayDetector, later, transactionEvent, transactionRunning, txInfo, txSession, validToken, type TxEventOptions,
} from './charging-session.cs.js';
import { idTokenOf } from './id-token.js';

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
async function connectEv(ctx: CaseContext<'2.0.1', 'CS'>, requirement: string, answer: Pick<TxEventOptions, 'idTokenStatus'> = {}): Promise<Payload | undefined> {
  const s = txSession(ctx);
  const starts = plugStarts(ctx);
  // 1-2. The connector becomes Occupied.
  const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
  // 3-4. TransactionEvent when TxStartPoint contains EVConnected or the transaction already started.
  const tx = starts || transactionRunning(s) ? later(transactionEvent(ctx, { describe: `(EV connected${starts ? ', transaction starts' : ''})`, requirement, ...answer })) : undefined;
  Object.assign(s, { evConnected: true, evseReported: false, cableInSocket: false });
  await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
  await occupied;
  const p = tx ? await tx : undefined;
  if (p) ctx.expect(p.eventType, `${starts ? 'E01.FR.02' : 'E02.FR.01'}: TransactionEventRequest eventType`).to.equal(starts ? 'Started' : 'Updated');
  return p;
}

/**
 * Reusable State EVConnectedPreSession: the EV is connected; returns the TransactionEvent of step 3, if one was due.
 * `answer`: its idTokenInfo.status (Deauthorized continues with this state and answers Invalid).
 */
export async function evConnectedPreSession(ctx: CaseContext<'2.0.1', 'CS'>, answer: Pick<TxEventOptions, 'idTokenStatus'> = {}): Promise<Payload | undefined> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'ParkingBayOccupied') await parkingBayOccupied(ctx);
  const wasAuthorized = s.authorized;
  const p = await connectEv(ctx, 'E01.FR.02', answer);
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
  /** B: the chargingProfile the RequestStartTransactionRequest carries (TC_K_37_CS). */
  chargingProfile?: Payload;
  /** More fields of the AuthorizeResponse idTokenInfo (language1, personalMessage: O01, I01). */
  idTokenInfo?: Omit<Response<'2.0.1', 'Authorize'>['idTokenInfo'], 'status'>;
}

/** Reusable State Authorized (A local / B remote); returns the TransactionEvent of step 3 (A) / 7 (B), if one was due. */
export async function authorized(ctx: CaseContext<'2.0.1', 'CS'>, options: AuthorizedOptions = {}): Promise<Payload | undefined> {
  const { sut, expect, operator } = ctx;
  const s = txSession(ctx);
  const token = options.token ?? validToken(ctx);
  const info = { status: 'Accepted' as const, ...options.idTokenInfo, ...(options.groupIdToken ? { groupIdToken: idTokenOf(options.groupIdToken) } : {}) };
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
    const res = await sut.call('RequestStartTransaction', { idToken: idTokenOf(token), evseId: s.evseId, remoteStartId: Math.floor(Math.random() * 1e6),
      ...(options.chargingProfile ? { chargingProfile: options.chargingProfile as never } : {}) }, { requirement: 'F01.FR.03' });
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

/**
 * Reusable State EVDisconnected: the EV is unplugged after the session was authorized to stop; returns the TransactionEvent, if one was due.
 * `scheduledUnavailable`: the connector was scheduled to become Unavailable (G03.FR.05), so it does not become Available
 * (G01.FR.05); the case checks its Unavailable report.
 */
export async function evDisconnected(ctx: CaseContext<'2.0.1', 'CS'>, options: { scheduledUnavailable?: boolean } = {}): Promise<Payload | undefined> {
  const { expect } = ctx;
  const s = txSession(ctx);
  if (s.state !== 'EVConnectedPostSession') await evConnectedPostSession(ctx);
  // 1-2. The connector becomes Available.
  const available = options.scheduledUnavailable ? undefined : connectorStatus(ctx, 'Available', 'G01.FR.04');
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
