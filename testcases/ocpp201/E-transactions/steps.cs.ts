import type { CaseContext, IdTokenSpec, Payload } from '../../kit.js';
import { configuredMs, connectorStatus, follow, later, transactionCase, transactionEvent, transactionEventCall, txInfo, txSession, validToken, type TxEventOptions, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, energyTransferSuspended, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
export { AUTH_ENABLED, evConnectionTimeOut } from '../_shared/configuration-states.cs.js';

export const LOCAL_START = '(C-30 or C-31 or C-32 or C-33 or C-34 or C-35 or ISO 15118 support)';

export const core = (condition: string) => ({ profile: 'Core', condition });

// --- Configuration State ---------------------------------------------------------------------------

export const txStartPoint = (value: string): VariableSetting => ({ component: 'TxCtrlr', variable: 'TxStartPoint', value });

export const txStopPoint = (value: string): VariableSetting => ({ component: 'TxCtrlr', variable: 'TxStopPoint', value });

export const stopTxOnEvSideDisconnect = (value: boolean) => ({ component: 'TxCtrlr', variable: 'StopTxOnEVSideDisconnect', value: String(value) });

export const unlockOnEvSideDisconnect = (value: boolean) => ({ component: 'OCPPCommCtrlr', variable: 'UnlockOnEVSideDisconnect', value: String(value) });


/** Meter values during the transaction every <Configured transaction_update_metricvalues_interval>. */
export const sampledData = (ctx: CaseContext<'2.0.1', 'CS'>) => [
  { component: 'SampledDataCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'SampledDataCtrlr', variable: 'TxUpdatedMeasurands', value: 'Energy.Active.Import.Register' },
  { component: 'SampledDataCtrlr', variable: 'TxUpdatedInterval', value: String(Math.max(1, Math.round(configuredMs(ctx, 'meterValuesIntervalMs') / 1000))) },
];

// --- offline (the OCTT closes the connection and refuses reconnects) -------------------------------------

/** The charging station sends meter values (TxUpdatedInterval): the first one, answered. */
export async function meterValuesFlow(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  const p = await transactionEvent(ctx, { describe: '(meter values)', requirement: 'J02.FR.02', periodic: true, timeoutMs: configuredMs(ctx, 'meterValuesIntervalMs') + ctx.ics.timeouts.messageMs });
  ctx.expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('MeterValuePeriodic');
}

export async function goOffline(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  txSession(ctx).offline = true;
  await ctx.operator.do('goOffline');
  // The connection is gone on this side too before anything waits for the next one.
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

export async function goOnline(ctx: CaseContext<'2.0.1', 'CS'>): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  txSession(ctx).offline = false;
}

/**
 * "The Charging Station will empty its Transaction message queue": the TransactionEvents it sends after
 * reconnecting, up to and including the one `last` picks (or the last with offline = true). Each must
 * have offline = true (E11.FR.02 / E12.FR.02 / E08.FR.07).
 */
export async function queuedEvents(ctx: CaseContext<'2.0.1', 'CS'>, requirement: string, last?: (p: Payload) => boolean, answers: Pick<TxEventOptions, 'idTokenStatus'> = {}): Promise<Payload[]> {
  const { expect } = ctx;
  const out: Payload[] = [];
  for (;;) {
    const p = await transactionEvent(ctx, { describe: `(from the queue, ${out.length + 1})`, requirement, periodic: true, ...answers });
    if (!last && p.offline !== true && out.length) return out;
    expect(p.offline, `${requirement}: TransactionEventRequest offline (queued while offline)`).to.equal(true);
    out.push(p);
    if (last?.(p)) return out;
  }
}

// --- stop transaction options (E06) ------------------------------------------------------------------

/** The transaction ended with this message (E06.FR.0x: the configured stop point was reached). */
export function expectEnded(ctx: CaseContext<'2.0.1', 'CS'>, p: Payload, requirement: string): void {
  ctx.expect(p.eventType, `${requirement}: TransactionEventRequest eventType`).to.equal('Ended');
}

/** A detachable cable stays in the socket when the EV side is unplugged (HFS-1; HFS-2 alone: a permanently attached cable). */
export const detachableCable = (ctx: CaseContext<'2.0.1', 'CS'>): boolean => !ctx.ics.features.includes('HFS-2') || ctx.ics.features.includes('HFS-1');

/** Manual Action "Disconnect the EV and EVSE on EV side (EVSE loses connection with EV)". */
export async function unplugAtEv(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession): Promise<void> {
  Object.assign(s, { evConnected: false, cableInSocket: detachableCable(ctx) });
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId, side: 'ev' });
}

/** Manual Action "Disconnect the EV and EVSE on Charging Station side" (a detachable cable). */
export async function unplugAtStation(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession): Promise<void> {
  s.cableInSocket = false;
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId, side: 'station' });
}

/** TC_E_20 / TC_E_54: the EV side disconnects from a suspended transaction with TxStopPoint EVConnected. */
export async function evSideDisconnectEnds(ctx: CaseContext<'2.0.1', 'CS'>, stoppedReasons: Array<string | undefined>): Promise<void> {
  const { expect } = ctx;
  const configuration = [txStopPoint('EVConnected'), { ...stopTxOnEvSideDisconnect(false), optional: true }];
  await transactionCase(ctx, { configuration }, async (s) => {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The transaction ends.
    const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E06.FR.02' }));
    await unplugAtEv(ctx, s);
    const p = await tx;
    expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
    expect(txInfo(p).stoppedReason, 'E06.FR.02: TransactionEventRequest transactionInfo.stoppedReason').to.be.oneOf(stoppedReasons);
    expectEnded(ctx, p, 'E06.FR.02');
  });
}

// --- cable disconnected on the EV side (E09, E10) ------------------------------------------------------

/** TC_E_24 / TC_E_25: StopTxOnEVSideDisconnect true; the EV side disconnects a suspended transaction. */
export async function evSideDeauthorizes(ctx: CaseContext<'2.0.1', 'CS'>, unlock: boolean): Promise<void> {
  const { expect } = ctx;
  const configuration = [stopTxOnEvSideDisconnect(true), unlockOnEvSideDisconnect(unlock)];
  await transactionCase(ctx, { configuration }, async (s) => {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. TransactionEvent: EVCommunicationLost, Idle.
    const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E09.FR.01' }));
    await unplugAtEv(ctx, s);
    const p = await tx;
    expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
    expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
    s.authorized = false;
    if (!s.cableInSocket) return;
    if (!unlock) {
      // Manual Action: Present the IdToken that was used to start the transaction (E09.FR.03: it unlocks the cable).
      const token = s.idToken ?? validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
    }
    // Manual Action: Disconnect the EV and EVSE on Charging Station side. 3-4. The connector becomes Available.
    const available = connectorStatus(ctx, 'Available', unlock ? 'E09.FR.02' : 'E09.FR.03');
    await unplugAtStation(ctx, s);
    await available;
  });
}

export const SUSPEND_ON_EV_SIDE = '(C-10.2 or C-10.5) and (C-52 or NOT (C-10.1 or C-10.3 or C-10.4)) and C-06.1 and C-12.2';

// --- GetTransactionStatus (E14) -------------------------------------------------------------------

/** 1-2 / 3-4. GetTransactionStatus (for `transactionId`, or without one) and the answer's checks. */
export async function transactionStatus(ctx: CaseContext<'2.0.1', 'CS'>, transactionId: string | undefined, want: { ongoing?: boolean; queued: boolean }, requirements: { ongoing: string; queued: string }): Promise<void> {
  const { expect } = ctx;
  const res = await ctx.sut.call('GetTransactionStatus', transactionId !== undefined ? { transactionId } : {}, { requirement: requirements.queued });
  if (want.ongoing === undefined) expect(res.ongoingIndicator, `${requirements.ongoing}: GetTransactionStatusResponse ongoingIndicator omitted without a transactionId`).to.equal(undefined);
  else expect(res.ongoingIndicator, `${requirements.ongoing}: GetTransactionStatusResponse ongoingIndicator`).to.equal(want.ongoing);
  expect(res.messagesInQueue, `${requirements.queued}: GetTransactionStatusResponse messagesInQueue`).to.equal(want.queued);
}

/** The transaction of the case, from its TransactionEvents. */
export function transactionIdOf(s: TxSession): string {
  if (!s.transactionId) throw new Error('the session has no transaction');
  return s.transactionId;
}

/**
 * TC_E_29 / TC_E_33: the station charges with meter values every interval; offline for a while, so
 * Updated events queue; at the reconnect GetTransactionStatus (with or without the transactionId);
 * then the queue: Updated, meter values, offline.
 */
export async function queuedMeterValues(ctx: CaseContext<'2.0.1', 'CS'>, withId: boolean): Promise<void> {
  const { expect } = ctx;
  await transactionCase(ctx, { configuration: sampledData(ctx) }, async (s) => {
    // Before: Reusable State EnergyTransferStarted (and meter values come).
    await energyTransferStarted(ctx);
    await meterValuesFlow(ctx);
    // 1. The OCTT closes the WebSocket connection and does not accept a reconnect.
    await goOffline(ctx);
    // 2. The OCTT waits <Configured RetryBackOffWaitMinimum_duration> (longer than the meter value interval) before accepting the reconnect.
    await ctx.specifiedWait(configuredMs(ctx, 'offlineDurationMs'), 'Configured RetryBackOffWaitMinimum_duration');
    await goOnline(ctx);
    // 3-4. At once: GetTransactionStatus.
    if (withId) await transactionStatus(ctx, transactionIdOf(s), { ongoing: true, queued: true }, { ongoing: 'E14.FR.02', queued: 'E14.FR.04' });
    else await transactionStatus(ctx, undefined, { queued: true }, { ongoing: 'E14.FR.06', queued: 'E14.FR.07' });
    // 5-6. The queue: Updated, with meter values, offline = true.
    for (const p of await queuedEvents(ctx, 'E11.FR.02')) {
      expect(p.eventType, 'E11.FR.01: queued TransactionEventRequest eventType').to.equal('Updated');
      expect((p.meterValue as unknown[] | undefined)?.length ?? 0, 'E11.FR.01: queued TransactionEventRequest meterValue').to.be.greaterThan(0);
    }
  });
}

/** TC_E_44 / TC_E_45: the transaction is stopped with `stopToken` while the station is offline. */
export async function stopWhileOffline(ctx: CaseContext<'2.0.1', 'CS'>, s: TxSession, stopToken: IdTokenSpec): Promise<void> {
  const { expect } = ctx;
  // 1. The OCTT closes the WebSocket connection and does not accept a reconnect.
  await goOffline(ctx);
  // Manual Actions: Present the idToken; Disconnect the EV and EVSE; Drive EV out of parking bay (TxStopPoint ParkingBayOccupancy).
  await ctx.operator.do('presentIdToken', { idToken: stopToken.idToken, type: stopToken.type, evseId: s.evseId });
  Object.assign(s, { authorized: false, evConnected: false });
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
  if (s.parked && s.stopPoints.includes('ParkingBayOccupancy')) {
    s.parked = false;
    await ctx.operator.do('driveOut', { evseId: s.evseId });
  }
  // 2. The OCTT accepts the reconnect.
  await goOnline(ctx);
  // 3-4. The queue: every message offline = true; one Ended.
  const events = await queuedEvents(ctx, 'E08.FR.07', (p) => p.eventType === 'Ended');
  expect(events.map((p) => p.eventType), 'E08.FR.04: the queued TransactionEventRequests include eventType Ended').to.include('Ended');
}

// --- retries of transaction messages (E13) ----------------------------------------------------------

export const RETRY_CONFIGURATION = [
  { component: 'OCPPCommCtrlr', variable: 'MessageAttempts', instance: 'TransactionEvent', value: '3' },
  { component: 'OCPPCommCtrlr', variable: 'MessageAttemptInterval', instance: 'TransactionEvent', value: '1' },
  // Short, so each unanswered attempt times out quickly (the waits below add it as the Part 6 formula does).
  { component: 'OCPPCommCtrlr', variable: 'MessageTimeout', instance: 'Default', value: '1', optional: true },
];

/**
 * TC_E_41 / 42 / 50 / 51. Before: Authorized, EVConnectedPreSession; the next TransactionEvent is not
 * processed by the CSMS (`failure`: left unanswered, or CALLERROR InternalError) up to `processedAt`
 * (the attempt that gets a TransactionEventResponse, or none). Each retry must come after
 * MessageAttemptInterval x the transmissions so far (+ MessageTimeout when unanswered, E13.FR.03), the
 * same message every time, and no more after the last attempt / the response (E13.FR.04).
 */
export async function retries(ctx: CaseContext<'2.0.1', 'CS'>, failure: 'timeout' | 'callerror', processedAt: number | undefined): Promise<void> {
  const { expect, sut } = ctx;
  await transactionCase(ctx, { configuration: RETRY_CONFIGURATION }, async () => {
    const attempts = Number(await readSetting(ctx, 'MessageAttempts', 'TransactionEvent'));
    const intervalMs = Number(await readSetting(ctx, 'MessageAttemptInterval', 'TransactionEvent')) * 1000;
    const timeoutMs = failure === 'timeout' ? Number(await readSetting(ctx, 'MessageTimeout', 'Default')) * 1000 : 0;
    // Before: Reusable States Authorized, EVConnectedPreSession.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    const fail = failure === 'timeout' ? 'ignore' as const : { error: 'InternalError' };
    // 5. The next TransactionEvent; the OCTT does not process it.
    const first = await transactionEventCall(ctx, { describe: '(attempt 1)', requirement: 'E13.FR.02', answer: processedAt === 1 ? undefined as never : fail });
    follow(ctx, first.payload);
    let last = first;
    const sent = processedAt ?? attempts;
    for (let n = 2; n <= sent; n += 1) {
      const expectedGap = intervalMs * (n - 1) + timeoutMs;
      const again = await transactionEventCall(ctx, {
        describe: `(attempt ${n})`, requirement: 'E13.FR.02', timeoutMs: expectedGap + ctx.ics.timeouts.messageMs,
        ...(n === processedAt ? {} : { answer: fail }),
      });
      const gap = again.t - last.t;
      expect(gap, `E13.FR.03: attempt ${n} comes MessageAttemptInterval x ${n - 1}${timeoutMs ? ' + MessageTimeout' : ''} (${expectedGap} ms) after the previous one (ms)`)
        .to.be.at.least(expectedGap - 300);
      expect({ ...again.payload, timestamp: undefined }, `E13.FR.02: attempt ${n} resends the same TransactionEventRequest`).to.deep.equal({ ...first.payload, timestamp: undefined });
      last = again;
    }
    // The OCTT waits one more iteration: the station sends it no more.
    await sut.expectNoCall('TransactionEvent', intervalMs * sent + timeoutMs + 500, {
      requirement: processedAt ? 'E13.FR.02' : 'E13.FR.04', describe: processedAt ? 'after it was processed' : 'after the last attempt',
      filter: (p) => p.seqNo === first.payload.seqNo,
    });
  });
}

export async function readSetting(ctx: CaseContext<'2.0.1', 'CS'>, variable: string, instance: string): Promise<string> {
  const res = await ctx.sut.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: variable, instance } }] });
  const v = res.getVariableResult?.[0]?.attributeValue;
  return typeof v === 'string' ? v : '0';
}
