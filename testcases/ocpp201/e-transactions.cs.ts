/**
 * Functional block E (Transactions), charging station under test: the harness plays the CSMS.
 * Steps follow OCPP 2.0.1 Part 6, section 2.6 "E. Transactions", with the errata of 2025-09 (extended
 * TC_E_01/09/10/12/13, TC_E_17 prerequisite, TC_E_39 status step, TC_E_52 plug-in, TC_E_35 stoppedReason,
 * TC_E_14 stoppedReason, TC_E_27 without reconnect, TC_E_43 state in Before). Each case sets its
 * Configuration State through SetVariables and leaves the station idle with its configuration restored
 * (charging-session.cs.ts); the reusable states are in states.cs.ts.
 *
 * Where the OCTT "closes the WebSocket connection and does not accept a reconnect" and later accepts one,
 * these cases ask the operator to take the station offline and back online (goOffline / goOnline): the
 * station is offline for as long, without the harness refusing connections.
 *
 * Part 5 conditions are written as Part 5 gives them, with its shorthand spelled out so they can be
 * evaluated: "C-30 - C-35" as (C-30 or ... or C-35), "C35" as C-35, "C.06.1" as C-06.1, "10.1" as C-10.1.
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import type { IdTokenSpec } from '../../src/engine/ics.js';
import {
  configuredMs, connectorStatus, follow, later, transactionCase, transactionEvent, transactionEventCall, transactionRunning,
  txInfo, txSession, validToken, type TxSession, type VariableSetting,
} from './charging-session.cs.js';
import {
  authorized, energyTransferStarted, energyTransferSuspended, evConnectedPostSession, evConnectedPreSession, evDisconnected, idTokenCached,
  parkingBayOccupied, parkingBayUnoccupied, stopAuthorized,
} from './states.cs.js';

const LOCAL_START = '(C-30 or C-31 or C-32 or C-33 or C-34 or C-35 or ISO 15118 support)';
const core = (condition: string) => ({ profile: 'Core', condition });

// --- Configuration State ---------------------------------------------------------------------------

const txStartPoint = (value: string): VariableSetting => ({ component: 'TxCtrlr', variable: 'TxStartPoint', value });
const txStopPoint = (value: string): VariableSetting => ({ component: 'TxCtrlr', variable: 'TxStopPoint', value });
const stopTxOnEvSideDisconnect = (value: boolean) => ({ component: 'TxCtrlr', variable: 'StopTxOnEVSideDisconnect', value: String(value) });
const unlockOnEvSideDisconnect = (value: boolean) => ({ component: 'OCPPCommCtrlr', variable: 'UnlockOnEVSideDisconnect', value: String(value) });
const evConnectionTimeOut = (ctx: CaseContext): VariableSetting => ({ component: 'TxCtrlr', variable: 'EVConnectionTimeOut', value: String(Math.ceil(configuredMs(ctx, 'evConnectionTimeoutMs') / 1000)) });
/** AuthCtrlr.Enabled true (If implemented AND ReadWrite), DisableRemoteAuthorization false (If implemented). */
const AUTH_ENABLED = [
  { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'false', optional: true },
];
/** Meter values during the transaction every <Configured transaction_update_metricvalues_interval>. */
const sampledData = (ctx: CaseContext) => [
  { component: 'SampledDataCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'SampledDataCtrlr', variable: 'TxUpdatedMeasurands', value: 'Energy.Active.Import.Register' },
  { component: 'SampledDataCtrlr', variable: 'TxUpdatedInterval', value: String(Math.max(1, Math.round(configuredMs(ctx, 'meterValuesIntervalMs') / 1000))) },
];

// --- offline (the OCTT closes the connection and refuses reconnects) -------------------------------------

/** The charging station sends meter values (TxUpdatedInterval): the first one, answered. */
async function meterValuesFlow(ctx: CaseContext): Promise<void> {
  const p = await transactionEvent(ctx, { describe: '(meter values)', requirement: 'J02.FR.02', timeoutMs: configuredMs(ctx, 'meterValuesIntervalMs') + ctx.ics.timeouts.messageMs });
  ctx.expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('MeterValuePeriodic');
}

async function goOffline(ctx: CaseContext): Promise<void> {
  txSession(ctx).offline = true;
  await ctx.operator.do('goOffline');
  // The connection is gone on this side too before anything waits for the next one.
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

async function goOnline(ctx: CaseContext): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  txSession(ctx).offline = false;
}

/**
 * "The Charging Station will empty its Transaction message queue": the TransactionEvents it sends after
 * reconnecting, up to and including the one `last` picks (or the last with offline = true). Each must
 * have offline = true (E11.FR.02 / E12.FR.02 / E08.FR.07).
 */
async function queuedEvents(ctx: CaseContext, requirement: string, last?: (p: Payload) => boolean, answers: { idTokenStatus?: string } = {}): Promise<Payload[]> {
  const { expect } = ctx;
  const out: Payload[] = [];
  for (;;) {
    const p = await transactionEvent(ctx, { describe: `(from the queue, ${out.length + 1})`, requirement, ...answers });
    if (!last && p.offline !== true && out.length) return out;
    expect(p.offline, `${requirement}: TransactionEventRequest offline (queued while offline)`).to.equal(true);
    out.push(p);
    if (last?.(p)) return out;
  }
}

// --- start transaction options (E01) --------------------------------------------------------------

export const TC_E_01_CS = defineTestCase({
  id: 'TC_E_01_CS',
  title: 'Start transaction options - PowerPathClosed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.4 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.3 or C-09.6))')],
  covers: ['E01(S5)', 'E01.FR.05', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-no-idtoken'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('PowerPathClosed')] }, async () => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // 1. Execute Reusable State EVConnectedPreSession: the power path closes, the transaction starts with the idToken.
      const started = await evConnectedPreSession(ctx);
      ctx.expect(started?.eventType, 'E01.FR.05: TransactionEventRequest eventType when the power path closed').to.equal('Started');
      ctx.expect((started?.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken after authorization').to.equal(validToken(ctx).idToken);
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_02_CS = defineTestCase({
  id: 'TC_E_02_CS',
  title: 'Start transaction options - EnergyTransfer',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.5 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.3 or C-09.4 or C-09.6))')],
  covers: ['E01(S6)', 'E01.FR.06', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-no-idtoken'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStartPoint('EnergyTransfer')] }, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Connect the EV and EVSE. 1-2. The connector becomes Occupied.
      const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
      // 3-4. The energy transfer starts the transaction.
      const tx = later(transactionEvent(ctx, { describe: '(energy transfer starts)', requirement: 'E01.FR.06' }));
      Object.assign(s, { evConnected: true, evseReported: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await occupied;
      const p = await tx;
      expect(p.eventType, 'E01.FR.06: TransactionEventRequest eventType').to.equal('Started');
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.be.oneOf(['ChargingStateChanged', 'Authorized']);
      expect((p.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken.idToken').to.equal(validToken(ctx).idToken);
      expect((p.idToken as Payload | undefined)?.type, 'E01.FR.10: TransactionEventRequest idToken.type').to.equal(validToken(ctx).type);
      expect(txInfo(p).chargingState, 'E01.FR.06: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      s.state = 'EnergyTransferStarted';
    });
  },
});

export const TC_E_09_CS = defineTestCase({
  id: 'TC_E_09_CS',
  title: 'Start transaction options - EVConnected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.1 and (C-51 or NOT C-09.6)')],
  covers: ['E01(S2)', 'E01.FR.02', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['wrong-trigger-reason', 'seqno-gap', 'tx-no-idtoken'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('EVConnected')] }, async () => {
      // Before: Reusable State ParkingBayOccupied.
      await parkingBayOccupied(ctx);
      // 1. Execute Reusable State EVConnectedPreSession: Occupied, then TransactionEvent Started (CablePluggedIn, EVConnected).
      const started = await evConnectedPreSession(ctx);
      ctx.expect(started?.eventType, 'E01.FR.02: TransactionEventRequest eventType when the EV connected').to.equal('Started');
      ctx.expect(txInfo(started ?? {}).chargingState, 'E01.FR.02: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      // 2. Execute Reusable State Authorized.
      await authorized(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_10_CS = defineTestCase({
  id: 'TC_E_10_CS',
  title: 'Start transaction options - Authorized - Local',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`C-09.2 and ${LOCAL_START}`)],
  covers: ['E01(S3)', 'E01.FR.03', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('Authorized'), ...AUTH_ENABLED] }, async () => {
      // 1. Execute Reusable State Authorized (local): AuthorizeRequest, then TransactionEvent Started (Authorized) with the idToken.
      const started = await authorized(ctx, { mode: 'local' });
      ctx.expect(started?.eventType, 'E01.FR.03: TransactionEventRequest eventType after the authorization').to.equal('Started');
      // 2. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_13_CS = defineTestCase({
  id: 'TC_E_13_CS',
  title: 'Start transaction options - Authorized - Remote',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.2')],
  covers: ['E01(S3)', 'F02', 'E01.FR.03', 'F01.FR.03', 'F01.FR.04', 'F01.FR.06', 'F01.FR.19', 'F02.FR.01'],
  catches: ['remote-start-rejected', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('Authorized'), ...AUTH_ENABLED] }, async () => {
      // 1. Execute Reusable State Authorized (remote): RequestStartTransaction Accepted, TransactionEvent Started (RemoteStart, remoteStartId).
      const started = await authorized(ctx, { mode: 'remote' });
      ctx.expect(started?.eventType, 'E01.FR.03: TransactionEventRequest eventType after the remote start').to.equal('Started');
      // 2. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_11_CS = defineTestCase({
  id: 'TC_E_11_CS',
  title: 'Start transaction options - DataSigned',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.3 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.6))')],
  covers: ['E01(S4)', 'E01.FR.04', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-unsigned-meter-values', 'tx-no-idtoken'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStartPoint('DataSigned'), { component: 'SampledDataCtrlr', variable: 'SignReadings', value: 'true' }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Connect the EV and EVSE. 1-2. The connector becomes Occupied.
      const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
      // 3-4. The signed meter value starts the transaction.
      const tx = later(transactionEvent(ctx, { describe: '(signed meter value)', requirement: 'E01.FR.04' }));
      Object.assign(s, { evConnected: true, evseReported: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await occupied;
      const p = await tx;
      expect(p.eventType, 'E01.FR.04: TransactionEventRequest eventType').to.equal('Started');
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('SignedDataReceived');
      expect((p.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken.idToken').to.equal(validToken(ctx).idToken);
      const sampled = ((p.meterValue as Payload[] | undefined) ?? []).flatMap((mv) => (mv.sampledValue as Payload[] | undefined) ?? []);
      const begin = sampled.filter((v) => v.context === 'Transaction.Begin');
      expect(begin.length, 'E01.FR.04: TransactionEventRequest meterValue with context Transaction.Begin').to.be.greaterThan(0);
      const signed = begin.map((v) => v.signedMeterValue as Payload | undefined).find((v) => v !== undefined);
      for (const field of ['encodingMethod', 'publicKey', 'signedMeterData', 'signingMethod']) {
        expect(signed?.[field], `E01.FR.04: sampledValue.signedMeterValue.${field} (SampledDataCtrlr.SignReadings is true)`).to.be.a('string');
      }
      // 5-6. Energy flows: ChargingStateChanged, Charging.
      const charging = await transactionEvent(ctx, { describe: '(charging)', requirement: 'E02.FR.13' });
      expect(charging.eventType, 'E02.FR.13: TransactionEventRequest eventType').to.equal('Updated');
      expect(charging.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(txInfo(charging).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      s.state = 'EnergyTransferStarted';
    });
  },
});

export const TC_E_12_CS = defineTestCase({
  id: 'TC_E_12_CS',
  title: 'Start transaction options - ParkingBayOccupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.6')],
  covers: ['E01(S1)', 'E01.FR.01', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('ParkingBayOccupancy')] }, async (s) => {
      // 1. Execute Reusable State ParkingBayOccupied: Manual Action: Drive EV into parking bay; TransactionEvent Started (EVDetected).
      await parkingBayOccupied(ctx);
      ctx.expect(transactionRunning(s), 'E01.FR.01: a TransactionEventRequest Started when the EV entered the parking bay').to.equal(true);
      // 2. Execute Reusable State Authorized.
      await authorized(ctx);
      // 3. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 4. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

// --- stop transaction options (E06) ------------------------------------------------------------------

/** The transaction ended with this message (E06.FR.0x: the configured stop point was reached). */
function expectEnded(ctx: CaseContext, p: Payload, requirement: string): void {
  ctx.expect(p.eventType, `${requirement}: TransactionEventRequest eventType`).to.equal('Ended');
}

/** A detachable cable stays in the socket when the EV side is unplugged (HFS-1; HFS-2 alone: a permanently attached cable). */
const detachableCable = (ctx: CaseContext): boolean => !ctx.ics.features.includes('HFS-2') || ctx.ics.features.includes('HFS-1');

/** Manual Action "Disconnect the EV and EVSE on EV side (EVSE loses connection with EV)". */
async function unplugAtEv(ctx: CaseContext, s: TxSession): Promise<void> {
  Object.assign(s, { evConnected: false, cableInSocket: detachableCable(ctx) });
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId, side: 'ev' });
}

/** Manual Action "Disconnect the EV and EVSE on Charging Station side" (a detachable cable). */
async function unplugAtStation(ctx: CaseContext, s: TxSession): Promise<void> {
  s.cableInSocket = false;
  await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId, side: 'station' });
}

export const TC_E_16_CS = defineTestCase({
  id: 'TC_E_16_CS',
  title: 'Stop transaction options - Deauthorized - Invalid idToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('(C-10.2 or C-10.3) and (C-30 or C-31 or C-32 or ISO 15118 support) and C-01')],
  covers: ['E06(S3)', 'E06.FR.04', 'E06.FR.15', 'C15.FR.04'],
  catches: ['stop-tx-on-invalid-id-ignored', 'offline-flag-missing', 'offline-tx-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [
      txStopPoint('EVConnected,Authorized'), ...AUTH_ENABLED,
      { component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true },
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'true' },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State StartOfflineTransaction. 1. The OCTT closes the connection and refuses reconnects.
      await goOffline(ctx);
      // Manual Actions: Drive EV into parking bay; Present idToken; Connect the EV and EVSE.
      if (ctx.ics.features.includes('C-09.6') || ctx.ics.features.includes('C-10.5')) {
        s.parked = true;
        await ctx.operator.do('driveIn', { evseId: s.evseId });
      }
      const token = validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      // (The queued messages were created around the plug-in: which one first follows it is not checked here.)
      Object.assign(s, { authorized: true, idToken: token });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      // 2. The OCTT accepts the reconnection.
      await goOnline(ctx);
      // 1-2. The queued TransactionEvents (offline = true); the one with the idToken is answered Invalid.
      let ended: Payload | undefined;
      for (let i = 0; !ended; i += 1) {
        const p = await transactionEvent(ctx, { describe: `(${i + 1})`, requirement: 'E06.FR.04', idTokenStatus: 'Invalid' });
        if (p.eventType === 'Ended') ended = p;
        else expect(p.offline, 'E12.FR.02: TransactionEventRequest offline (queued while offline)').to.equal(true);
      }
      // 3-4. The station deauthorized the transaction: Ended, Deauthorized.
      expect(ended.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('Deauthorized');
      expect(txInfo(ended).stoppedReason, 'E06.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('DeAuthorized');
      Object.assign(s, { authorized: false, evConnected: true, evseReported: true });
    });
  },
});

export const TC_E_17_CS = defineTestCase({
  id: 'TC_E_17_CS',
  title: 'Stop transaction options - Deauthorized - EV side disconnect',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2024-09 (5.13): only with TxStopPoint Authorized, without EVConnected / PowerPathClosed / EnergyTransfer.
  profiles: [core('C-10.2 and C-06.2 and AQ-9 and NOT (NOT C-52 AND (C-10.1 OR C-10.3 OR C-10.4))')],
  covers: ['E06(S3)', 'E06.FR.04', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('Authorized'), stopTxOnEvSideDisconnect(true), unlockOnEvSideDisconnect(false), ...AUTH_ENABLED];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: the EV charges (Reusable State EnergyTransferStarted).
      await energyTransferStarted(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The deauthorized transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E06.FR.04' }));
      await unplugAtEv(ctx, s);
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(txInfo(p).stoppedReason, 'E06.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('EVDisconnected');
      expectEnded(ctx, p, 'E06.FR.04');
      s.authorized = false;
      if (s.cableInSocket) {
        // Manual Action: Present the IdToken that was used to start the transaction (detachable cable, UnlockOnEVSideDisconnect false).
        const token = s.idToken ?? validToken(ctx);
        await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
        // Manual Action: Disconnect the EV and EVSE on Charging Station side. 3-4. The connector becomes Available.
        const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
        await unplugAtStation(ctx, s);
        await available;
      }
    });
  },
});

export const TC_E_39_CS = defineTestCase({
  id: 'TC_E_39_CS',
  title: 'Stop transaction options - Deauthorized - timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.04', 'E06.FR.15', 'E03.FR.05'],
  catches: ['ev-connection-timeout-ignored', 'wrong-trigger-reason'],
  async run(ctx) {
    const { expect, sut } = ctx;
    const configuration = [txStopPoint('EVConnected,Authorized'), evConnectionTimeOut(ctx), ...AUTH_ENABLED];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      const timeoutMs = configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs;
      if (transactionRunning(s)) {
        // 1-2. After <Configured ev_connection_timeout>: EVConnectTimeout (Ended, Timeout; Updated with ParkingBayOccupancy).
        const p = await transactionEvent(ctx, { describe: '(EV connection timeout)', requirement: 'E03.FR.05', timeoutMs });
        expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVConnectTimeout');
        expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal(s.startPoints.includes('ParkingBayOccupancy') ? 'Updated' : 'Ended');
        expect(txInfo(p).stoppedReason, 'E03.FR.05: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Timeout');
      } else {
        await ctx.specifiedWait(timeoutMs, 'Configured EV connection timeout');
      }
      s.authorized = false;
      // Manual Actions: Connect the EV and EVSE on EV side and on EVSE side. 3-4. The connector becomes Occupied.
      const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
      const charging = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs + 1_000, {
        requirement: 'E03.FR.05', describe: 'charging after the authorization timed out', filter: (p) => txInfo(p).chargingState === 'Charging',
      }));
      const plug = later(transactionEvent(ctx, { describe: '(EV connected)', requirement: 'E02.FR.01' }));
      Object.assign(s, { evConnected: true, evseReported: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await occupied;
      // 5-6. A TransactionEvent for the plug-in is allowed (triggerReason CablePluggedIn), but the station does not start charging.
      if (s.startPoints.includes('EVConnected') || transactionRunning(s)) {
        const p = await plug;
        expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('CablePluggedIn');
        expect(txInfo(p).chargingState, 'E03.FR.05: TransactionEventRequest transactionInfo.chargingState').to.not.equal('Charging');
      }
      await charging;
    });
  },
});

// --- local start (E02, E03) --------------------------------------------------------------------------

export const TC_E_03_CS = defineTestCase({
  id: 'TC_E_03_CS',
  title: 'Local start transaction - Cable plugin first - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${LOCAL_START}`)],
  covers: ['E02', 'E02.FR.01', 'E02.FR.05', 'E02.FR.06', 'E02.FR.07', 'E02.FR.13', 'E02.FR.15', 'E02.FR.16', 'E02.FR.17', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['wrong-trigger-reason', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1. Execute Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_04_CS = defineTestCase({
  id: 'TC_E_04_CS',
  title: 'Local start transaction - Authorization first - Success',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2024-09 (5.12): not for MacAddress or ISO 15118 PnC.
  profiles: [core('C-30 or C-31 or C-32 or C-33 or C-35')],
  covers: ['E03', 'E03.FR.01', 'E03.FR.06', 'E03.FR.12', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['wrong-trigger-reason', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: State ParkingBayOccupied (optional).
      await parkingBayOccupied(ctx);
      // 1. Execute Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_05_CS = defineTestCase({
  id: 'TC_E_05_CS',
  title: 'Local start transaction - Authorization first - Cable plugin timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['E03', 'E03.FR.01', 'E03.FR.05', 'E03.FR.06', 'E03.FR.12', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['ev-connection-timeout-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [
      evConnectionTimeOut(ctx), ...AUTH_ENABLED,
      { component: 'AuthCacheCtrlr', variable: 'Enabled', value: 'false', optional: true },
      { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'false', optional: true },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      if (transactionRunning(s)) {
        // 1-2. After <Configured ev_connection_timeout>: EVConnectTimeout; Ended (Timeout) when TxStopPoint contains Authorized, else Updated.
        const p = await transactionEvent(ctx, { describe: '(EV connection timeout)', requirement: 'E03.FR.05', timeoutMs: configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs });
        expect(p.triggerReason, 'E03.FR.05: TransactionEventRequest triggerReason').to.equal('EVConnectTimeout');
        if (s.stopPoints.includes('Authorized')) {
          expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal('Ended');
          expect(txInfo(p).stoppedReason, 'E03.FR.05: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Timeout');
        } else {
          expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType').to.equal('Updated');
        }
      } else {
        await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs, 'Configured EV connection timeout');
      }
      Object.assign(s, { authorized: false, state: 'Idle' });
      // 3. Execute Reusable State Authorized (local): the EVSE is ready for another session.
      await authorized(ctx, { mode: 'local' });
      // 4. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});

export const TC_E_38_CS = defineTestCase({
  id: 'TC_E_38_CS',
  title: 'Local start transaction - EV not ready',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('NOT C-09.5 and NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E03'],
  catches: ['seqno-gap', 'wrong-trigger-reason'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Set the EV to a state in which it is NOT ready for energy transfer.
      await ctx.operator.do('evSuspend', { evseId: s.evseId });
      // 1. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 2-3. The EV does not take energy: ChargingStateChanged, SuspendedEV.
      const p = await transactionEvent(ctx, { describe: '(EV not ready)', requirement: 'E01.FR.19' });
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(txInfo(p).chargingState, 'E01.FR.19: TransactionEventRequest transactionInfo.chargingState').to.equal('SuspendedEV');
    });
  },
});

export const TC_E_52_CS = defineTestCase({
  id: 'TC_E_52_CS',
  title: 'Local start transaction - Authorization first - DisableRemoteAuthorization',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.11): local start options C-30, C-31, C-32, C-34.
  profiles: [core('C-58 and (C-30 or C-31 or C-32 or C-34) and (C-49 or Local Authorization List Management)')],
  covers: ['E03', 'C01', 'C01.FR.02', 'C01.FR.05'],
  catches: ['disable-remote-authorization-ignored'],
  async run(ctx) {
    const { sut } = ctx;
    const configuration = [
      { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
      { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'true' },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State: the configured valid idTokens are not in the Authorization Cache.
      if (ctx.ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      // Before: State ParkingBayOccupied (optional).
      await parkingBayOccupied(ctx);
      // Manual Action: Present an idToken that is neither in the Local Authorization List nor in the Authorization Cache.
      // 1. The Charging Station does NOT send an AuthorizeRequest.
      const noAuthorize = later(sut.expectNoCall('Authorize', ctx.ics.timeouts.messageMs, { requirement: 'C01.FR.02', describe: 'DisableRemoteAuthorization is true' }));
      const token = validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await noAuthorize;
      // 2. Execute Reusable State EVConnectedPreSession (errata 2025-04).
      const noCharging = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
        requirement: 'C01.FR.02', describe: 'charging with an idToken the station could not authorize', filter: (p) => txInfo(p).chargingState === 'Charging',
      }));
      await evConnectedPreSession(ctx);
      // 3. The Charging Station does NOT start charging.
      await noCharging;
    });
  },
});

// --- local stop (E07) and stop transaction options (E06) -----------------------------------------

export const TC_E_06_CS = defineTestCase({
  id: 'TC_E_06_CS',
  title: 'Local Stop Transaction - Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-30 or C-31 or C-32 or C-35')],
  covers: ['E07', 'E07.FR.04', 'E06.FR.15', 'C01.FR.03'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap', 'status-wrong-connector-status'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. Execute Reusable State StopAuthorized (local).
      await stopAuthorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EVConnectedPostSession.
      await evConnectedPostSession(ctx);
      // 3. Execute Reusable State EVDisconnected.
      await evDisconnected(ctx);
      // 4. Execute Reusable State ParkingBayUnoccupied.
      await parkingBayUnoccupied(ctx);
    });
  },
});

export const TC_E_07_CS = defineTestCase({
  id: 'TC_E_07_CS',
  title: 'Stop transaction options - PowerPathClosed - Local stop',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT C-10.2) and (C-30 or C-31 or C-32 or C-35)')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStopPoint('PowerPathClosed')] }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: Present IdToken to stop charging session. 1. Execute Reusable State StopAuthorized.
      const p = await stopAuthorized(ctx, { mode: 'local' });
      // The power path opens: the transaction ends.
      expectEnded(ctx, p, 'E06.FR.06');
    });
  },
});

export const TC_E_35_CS = defineTestCase({
  id: 'TC_E_35_CS',
  title: 'Stop transaction options - PowerPathClosed - Remote stop',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT C-10.2)')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['remote-stop-wrong-reason', 'seqno-gap'],
  async run(ctx) {
    const { expect, sut } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('PowerPathClosed')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. RequestStopTransaction for the transaction; Accepted.
      const first = later(transactionEvent(ctx, { describe: '(remote stop)', requirement: 'E06.FR.06' }));
      const res = await sut.call('RequestStopTransaction', { transactionId: s.transactionId }, { requirement: 'F03.FR.07' });
      expect(res.status, 'F03.FR.07: RequestStopTransactionResponse status').to.equal('Accepted');
      // 3-4. TransactionEvents until Ended (errata 2024-09): one has triggerReason RemoteStop, the last stoppedReason Remote.
      const events = [await first];
      while (events[events.length - 1]?.eventType !== 'Ended') events.push(await transactionEvent(ctx, { describe: '(until Ended)', requirement: 'E06.FR.06' }));
      expect(events.map((p) => p.triggerReason), 'F03.FR.09: one TransactionEventRequest has triggerReason RemoteStop').to.include('RemoteStop');
      expect(txInfo(events[events.length - 1] ?? {}).stoppedReason, 'F03.FR.03: the Ended TransactionEventRequest transactionInfo.stoppedReason').to.equal('Remote');
      s.authorized = false;
    });
  },
});

export const TC_E_37_CS = defineTestCase({
  id: 'TC_E_37_CS',
  title: 'Stop transaction options - PowerPathClosed - EV side disconnect',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.3 and (C-52 or NOT (C-10.1 or C-10.4)) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")')],
  covers: ['E06(S5)', 'E06.FR.06', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('PowerPathClosed'), { ...stopTxOnEvSideDisconnect(false), optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State EnergyTransferSuspended.
      await energyTransferSuspended(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E06.FR.06' }));
      await unplugAtEv(ctx, s);
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(txInfo(p).stoppedReason, 'E06.FR.06: TransactionEventRequest transactionInfo.stoppedReason').to.be.oneOf(['EVDisconnected', 'StoppedByEV']);
      expectEnded(ctx, p, 'E06.FR.06');
    });
  },
});

export const TC_E_08_CS = defineTestCase({
  id: 'TC_E_08_CS',
  title: 'Stop transaction options - EnergyTransfer stopped - StopAuthorized',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.4 and (C-52 or NOT (C-10.2 or C-10.3))')],
  covers: ['E06(S6)', 'E06.FR.07', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStopPoint('EnergyTransfer')] }, async () => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1. State is StopAuthorized: the energy transfer stops, and with it the transaction.
      const p = await stopAuthorized(ctx);
      if (p.eventType !== 'Ended') expectEnded(ctx, await transactionEvent(ctx, { describe: '(energy transfer stopped)', requirement: 'E06.FR.07' }), 'E06.FR.07');
    });
  },
});

export const TC_E_22_CS = defineTestCase({
  id: 'TC_E_22_CS',
  title: 'Stop transaction options - EnergyTransfer stopped - SuspendedEV',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.4')],
  covers: ['E06(S6)', 'E06.FR.07', 'E06.FR.15'],
  catches: ['tx-stop-point-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('EnergyTransfer')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: The EV suspends the energy transfer. 1-2. TransactionEvent.
      const tx = later(transactionEvent(ctx, { describe: '(EV suspended)', requirement: 'E06.FR.07' }));
      await ctx.operator.do('evSuspend', { evseId: s.evseId });
      const p = await tx;
      const info = txInfo(p);
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(info.chargingState, 'E06.FR.07: TransactionEventRequest transactionInfo.chargingState').to.be.oneOf(['EVConnected', 'SuspendedEV']);
      if (info.chargingState === 'EVConnected') expectEnded(ctx, p, 'E06.FR.07');
      else {
        expect(info.stoppedReason, 'E06.FR.07: TransactionEventRequest transactionInfo.stoppedReason').to.equal('StoppedByEV');
        expect(p.eventType, 'E06.FR.07: TransactionEventRequest eventType').to.equal('Updated');
      }
    });
  },
});

export const TC_E_14_CS = defineTestCase({
  id: 'TC_E_14_CS',
  title: 'Stop transaction options - EVDisconnected - Charging Station side',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('HFS-1 and C-10.1 and (C-52 or NOT (C-10.2 or C-10.3 or C-10.4))')],
  covers: ['E06(S2)', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'tx-stop-point-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('EVConnected')] }, async (s) => {
      // Before: Reusable State EVConnectedPostSession.
      await evConnectedPostSession(ctx);
      // Manual Action: Disconnect the EV and EVSE. 1-2. The connector becomes Available.
      const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
      // 3-4. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV disconnected)', requirement: 'E06.FR.02' }));
      Object.assign(s, { evConnected: false, cableInSocket: false });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      await available;
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      // Errata 2025-06 (6.2.51): a remote stop may give Remote or EVDisconnected.
      expect(txInfo(p).stoppedReason, 'E06.FR.02: TransactionEventRequest transactionInfo.stoppedReason')
        .to.be.oneOf(s.stoppedRemotely ? ['Remote', 'EVDisconnected'] : ['Local', 'EVDisconnected', undefined]);
      expectEnded(ctx, p, 'E06.FR.02');
    });
  },
});

/** TC_E_20 / TC_E_54: the EV side disconnects from a suspended transaction with TxStopPoint EVConnected. */
async function evSideDisconnectEnds(ctx: CaseContext, stoppedReasons: Array<string | undefined>): Promise<void> {
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

export const TC_E_20_CS = defineTestCase({
  id: 'TC_E_20_CS',
  title: 'Stop transaction options - EVDisconnected - EV side (able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CS',
  // Part 5 has one ')' too many after C-10.2; C.06.1 is C-06.1.
  profiles: [core('(C-10.1 AND (NOT (NOT C-52 AND (C-10.3 or C-10.4)))) AND NOT (NOT C-06.1 AND NOT C-52 AND C-10.2) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")')],
  covers: ['E06(S2)', 'E10', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    await evSideDisconnectEnds(ctx, ['EVDisconnected']);
  },
});

export const TC_E_54_CS = defineTestCase({
  id: 'TC_E_54_CS',
  title: 'Stop transaction options - EVDisconnected - EV side (not able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.1 AND (NOT (NOT C-52 AND (C-10.2 or C-10.3 or C-10.4))) AND (HFS-4 OR ISO 15118 support) AND NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E06(S2)', 'E10', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported'],
  async run(ctx) {
    await evSideDisconnectEnds(ctx, ['StoppedByEV', 'EVDisconnected']);
  },
});

export const TC_E_15_CS = defineTestCase({
  id: 'TC_E_15_CS',
  title: 'Stop transaction options - StopAuthorized - Local',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.2 and (C-30 or C-31 or C-32 or C-35)')],
  covers: ['E06(S3)', 'E06.FR.03', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('Authorized')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // The tool waits <Configured Transaction Duration>.
      await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
      // Manual Action: Present IdToken to stop charging session. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(stop authorized)', requirement: 'E06.FR.03' }));
      const token = s.idToken ?? validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('StopAuthorized');
      expect(txInfo(p).stoppedReason, 'E06.FR.03: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Local');
      expectEnded(ctx, p, 'E06.FR.03');
      s.authorized = false;
    });
  },
});

export const TC_E_21_CS = defineTestCase({
  id: 'TC_E_21_CS',
  title: 'Stop transaction options - StopAuthorized - Remote',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.2')],
  covers: ['E06(S3)', 'F03', 'E06.FR.03', 'E06.FR.15', 'F03.FR.09'],
  catches: ['remote-stop-wrong-reason', 'seqno-gap'],
  async run(ctx) {
    const { expect, sut } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('Authorized')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. RequestStopTransaction for the transaction; Accepted.
      const tx = later(transactionEvent(ctx, { describe: '(remote stop)', requirement: 'E06.FR.03' }));
      const res = await sut.call('RequestStopTransaction', { transactionId: s.transactionId }, { requirement: 'F03.FR.07' });
      expect(res.status, 'F03.FR.07: RequestStopTransactionResponse status').to.equal('Accepted');
      // 3-4. The transaction ends: RemoteStop, Remote.
      const p = await tx;
      expect(p.triggerReason, 'F03.FR.09: TransactionEventRequest triggerReason').to.equal('RemoteStop');
      expect(txInfo(p).stoppedReason, 'F03.FR.03: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Remote');
      expectEnded(ctx, p, 'E06.FR.03');
      s.authorized = false;
    });
  },
});

export const TC_E_19_CS = defineTestCase({
  id: 'TC_E_19_CS',
  title: 'Stop transaction options - ParkingBayUnoccupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.5 and (C-52 or NOT (C-10.1 or C-10.2 or C-10.3 or C-10.4))')],
  covers: ['E06(S1)', 'E06.FR.01', 'E06.FR.15'],
  catches: ['tx-stop-point-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('ParkingBayOccupancy')] }, async (s) => {
      // Before: Reusable State EVDisconnected.
      await evDisconnected(ctx);
      // Manual Action: Drive EV out of parking bay. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV left the parking bay)', requirement: 'E06.FR.01' }));
      s.parked = false;
      await ctx.operator.do('driveOut', { evseId: s.evseId });
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVDeparted');
      expect(txInfo(p).stoppedReason, 'E06.FR.01: TransactionEventRequest transactionInfo.stoppedReason').to.equal(s.stoppedRemotely ? 'Remote' : 'Local');
      expectEnded(ctx, p, 'E06.FR.01');
    });
  },
});

// --- cable disconnected on the EV side (E09, E10) ------------------------------------------------------

/** TC_E_24 / TC_E_25: StopTxOnEVSideDisconnect true; the EV side disconnects a suspended transaction. */
async function evSideDeauthorizes(ctx: CaseContext, unlock: boolean): Promise<void> {
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

export const TC_E_24_CS = defineTestCase({
  id: 'TC_E_24_CS',
  title: 'Disconnect cable on EV-side - Deauthorize transaction - UnlockOnEVSideDisconnect is true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('HFS-1 and C-06.2 and C-12.1 and AQ-9 and NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E09', 'E09.FR.01', 'E09.FR.02', 'E09.FR.04'],
  catches: ['ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    await evSideDeauthorizes(ctx, true);
  },
});

export const TC_E_25_CS = defineTestCase({
  id: 'TC_E_25_CS',
  title: 'Disconnect cable on EV-side - Deauthorize transaction - UnlockOnEVSideDisconnect is false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-06.2 and C-12.2 and (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")')],
  covers: ['E09', 'E09.FR.01', 'E09.FR.03', 'E09.FR.04'],
  catches: ['ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    await evSideDeauthorizes(ctx, false);
  },
});

const SUSPEND_ON_EV_SIDE = '(C-10.2 or C-10.5) and (C-52 or NOT (C-10.1 or C-10.3 or C-10.4)) and C-06.1 and C-12.2';

export const TC_E_26_CS = defineTestCase({
  id: 'TC_E_26_CS',
  title: 'Disconnect cable on EV-side - Suspend transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`${SUSPEND_ON_EV_SIDE} and AQ-9 and NOT Product Subtype "Mode 1/2-only Charging Station"`)],
  covers: ['E10', 'E10.FR.01', 'E10.FR.03'],
  catches: ['tx-stop-point-ignored', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('Authorized'), unlockOnEvSideDisconnect(false), stopTxOnEvSideDisconnect(false)];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: the EV charges (Reusable State EnergyTransferStarted).
      await energyTransferStarted(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The transaction is suspended: Updated, EVCommunicationLost, Idle.
      const available = detachableCable(ctx) ? undefined : connectorStatus(ctx, 'Available', 'G01.FR.04');
      const lost = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E10.FR.01' }));
      await unplugAtEv(ctx, s);
      const p = await lost;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(p.eventType, 'E10.FR.01: TransactionEventRequest eventType').to.equal('Updated');
      // 3-4. A permanently attached cable: the connector becomes Available.
      await available;
      // Manual Action: Reconnect the EV and EVSE on EV side. 5-6. Updated, CablePluggedIn, EVConnected.
      const plugged = later(transactionEvent(ctx, { describe: '(EV reconnected)', requirement: 'E10.FR.03' }));
      Object.assign(s, { evConnected: true, evseReported: false, cableInSocket: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      const again = await plugged;
      expect(again.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('CablePluggedIn');
      expect(txInfo(again).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(again.eventType, 'E10.FR.03: TransactionEventRequest eventType').to.equal('Updated');
      // 7-8. The energy transfer resumes: Updated, ChargingStateChanged, Charging.
      const charging = await transactionEvent(ctx, { describe: '(charging again)', requirement: 'E10.FR.03' });
      expect(charging.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('ChargingStateChanged');
      expect(txInfo(charging).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      expect(charging.eventType, 'E10.FR.03: TransactionEventRequest eventType').to.equal('Updated');
    });
  },
});

export const TC_E_27_CS = defineTestCase({
  id: 'TC_E_27_CS',
  title: 'Disconnect cable on EV-side - Suspend transaction - Fixed cable connection timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`${SUSPEND_ON_EV_SIDE} and HFS-2 and AQ-9 and NOT Product Subtype "Mode 1/2-only Charging Station"`)],
  covers: ['E10', 'E10.FR.02', 'E10.FR.03'],
  catches: ['ev-connection-timeout-ignored', 'ev-disconnect-not-reported'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('Authorized'), unlockOnEvSideDisconnect(false), stopTxOnEvSideDisconnect(false), evConnectionTimeOut(ctx)];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State EnergyTransferSuspended.
      await energyTransferSuspended(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. Updated, EVCommunicationLost, Idle.
      const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
      const lost = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E10.FR.02' }));
      await unplugAtEv(ctx, s);
      s.cableInSocket = false;
      const p = await lost;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(p.eventType, 'E10.FR.02: TransactionEventRequest eventType').to.equal('Updated');
      // 3-4. The permanently attached cable: the connector becomes Available.
      await available;
      // 5-6. (Errata 2025-04: no reconnect.) After EVConnectionTimeOut: EVConnectTimeout; Ended (Timeout) with TxStopPoint Authorized.
      const timeout = await transactionEvent(ctx, { describe: '(EV connection timeout)', requirement: 'E10.FR.02', timeoutMs: configuredMs(ctx, 'evConnectionTimeoutMs') + ctx.ics.timeouts.messageMs });
      expect(timeout.triggerReason, 'E10.FR.02: TransactionEventRequest triggerReason').to.equal('EVConnectTimeout');
      if (s.stopPoints.includes('Authorized')) {
        expectEnded(ctx, timeout, 'E10.FR.02');
        expect(txInfo(timeout).stoppedReason, 'E10.FR.02: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Timeout');
      } else {
        expect(timeout.eventType, 'E10.FR.02: TransactionEventRequest eventType').to.equal('Updated');
      }
      s.authorized = false;
    });
  },
});

// --- GetTransactionStatus (E14) -------------------------------------------------------------------

/** 1-2 / 3-4. GetTransactionStatus (for `transactionId`, or without one) and the answer's checks. */
async function transactionStatus(ctx: CaseContext, transactionId: string | undefined, want: { ongoing?: boolean; queued: boolean }, requirements: { ongoing: string; queued: string }): Promise<void> {
  const { expect } = ctx;
  const res = await ctx.sut.call('GetTransactionStatus', transactionId !== undefined ? { transactionId } : {}, { requirement: requirements.queued });
  if (want.ongoing === undefined) expect(res.ongoingIndicator, `${requirements.ongoing}: GetTransactionStatusResponse ongoingIndicator omitted without a transactionId`).to.equal(undefined);
  else expect(res.ongoingIndicator, `${requirements.ongoing}: GetTransactionStatusResponse ongoingIndicator`).to.equal(want.ongoing);
  expect(res.messagesInQueue, `${requirements.queued}: GetTransactionStatusResponse messagesInQueue`).to.equal(want.queued);
}

/** The transaction of the case, from its TransactionEvents. */
function transactionIdOf(s: TxSession): string {
  if (!s.transactionId) throw new Error('the session has no transaction');
  return s.transactionId;
}

/**
 * TC_E_29 / TC_E_33: the station charges with meter values every interval; offline for a while, so
 * Updated events queue; at the reconnect GetTransactionStatus (with or without the transactionId);
 * then the queue: Updated, meter values, offline.
 */
async function queuedMeterValues(ctx: CaseContext, withId: boolean): Promise<void> {
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

export const TC_E_28_CS = defineTestCase({
  id: 'TC_E_28_CS',
  title: 'Check Transaction status - TransactionId unknown',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.01'],
  catches: ['transaction-status-wrong-ongoing', 'transaction-status-wrong-queue'],
  async run(ctx) {
    // 1-2. GetTransactionStatus for a random transactionId: not ongoing, nothing queued.
    await transactionStatus(ctx, `unknown-${Math.floor(Math.random() * 1e9)}`, { ongoing: false, queued: false }, { ongoing: 'E14.FR.01', queued: 'E14.FR.01' });
  },
});

export const TC_E_29_CS = defineTestCase({
  id: 'TC_E_29_CS',
  title: 'Check Transaction status - Transaction with id ongoing - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.02', 'E14.FR.04'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing', 'tx-no-meter-values'],
  async run(ctx) {
    await queuedMeterValues(ctx, true);
  },
});

export const TC_E_30_CS = defineTestCase({
  id: 'TC_E_30_CS',
  title: 'Check Transaction status - Transaction with id ongoing - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.02', 'E14.FR.05'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. GetTransactionStatus for the transaction: ongoing, nothing queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: true, queued: false }, { ongoing: 'E14.FR.02', queued: 'E14.FR.05' });
    });
  },
});

export const TC_E_31_CS = defineTestCase({
  id: 'TC_E_31_CS',
  title: 'Check Transaction status - Transaction with id ended - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('NOT (NOT (C-30 or C-31 or C-32 or C-33 or C-34 or C-35) AND (NOT C-10.1 AND NOT C-10.3 AND NOT C-10.4 AND NOT C-10.5) AND NOT C-06.2)')],
  covers: ['E14', 'E14.FR.03', 'E14.FR.04'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [...sampledData(ctx), { ...unlockOnEvSideDisconnect(true), optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: Reusable State EnergyTransferStarted (and meter values come).
      await energyTransferStarted(ctx);
      await meterValuesFlow(ctx);
      // The OCTT closes the WebSocket connection and does not accept a reconnect.
      await goOffline(ctx);
      // Manual Action: Present the same idToken as used to start the transaction (scenario local).
      const token = s.idToken ?? validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      // Manual Actions: Disconnect the EV and EVSE; Drive EV out of parking bay (TxStopPoint ParkingBayOccupancy).
      Object.assign(s, { evConnected: false, authorized: false });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      if (s.parked) {
        s.parked = false;
        await ctx.operator.do('driveOut', { evseId: s.evseId });
      }
      // The tool waits <Configured Transaction Duration>; then accepts the reconnect.
      await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
      await goOnline(ctx);
      // 1-2. At once: GetTransactionStatus for the transaction: ended, messages queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: false, queued: true }, { ongoing: 'E14.FR.03', queued: 'E14.FR.04' });
      // 3-4. The queue, from StopAuthorized through the end of the transaction.
      const events = await queuedEvents(ctx, 'E12.FR.02', (p) => p.eventType === 'Ended');
      const stop = events.find((p) => p.triggerReason !== 'MeterValuePeriodic');
      expect(stop?.triggerReason, 'E07.FR.02: the queued TransactionEventRequest of the local stop triggerReason').to.equal('StopAuthorized');
    });
  },
});

export const TC_E_32_CS = defineTestCase({
  id: 'TC_E_32_CS',
  title: 'Check Transaction status - Transaction with id ended - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.03', 'E14.FR.05'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable States EnergyTransferStarted, ParkingBayUnoccupied.
      await energyTransferStarted(ctx);
      await parkingBayUnoccupied(ctx);
      // 1-2. GetTransactionStatus for the ended transaction: not ongoing, nothing queued.
      await transactionStatus(ctx, transactionIdOf(s), { ongoing: false, queued: false }, { ongoing: 'E14.FR.03', queued: 'E14.FR.05' });
    });
  },
});

export const TC_E_33_CS = defineTestCase({
  id: 'TC_E_33_CS',
  title: 'Check Transaction status - Without transactionId - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.06', 'E14.FR.07'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing'],
  async run(ctx) {
    await queuedMeterValues(ctx, false);
  },
});

export const TC_E_34_CS = defineTestCase({
  id: 'TC_E_34_CS',
  title: 'Check Transaction status - Without transactionId - without message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.06', 'E14.FR.08'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing'],
  async run(ctx) {
    // 1-2. GetTransactionStatus without a transactionId: no ongoingIndicator, nothing queued.
    await transactionStatus(ctx, undefined, { queued: false }, { ongoing: 'E14.FR.06', queued: 'E14.FR.08' });
  },
});

// --- offline behaviour (E08, E11, E12) ---------------------------------------------------------------

export const TC_E_40_CS = defineTestCase({
  id: 'TC_E_40_CS',
  title: 'Offline Behaviour - Connection loss during transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E11', 'E11.FR.01', 'E11.FR.02', 'E11.FR.06'],
  catches: ['offline-tx-dropped', 'offline-flag-missing', 'tx-no-meter-values'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: sampledData(ctx) }, async () => {
      // Before: Reusable State EnergyTransferStarted (and meter values come).
      await energyTransferStarted(ctx);
      await meterValuesFlow(ctx);
      // 1. The OCTT closes the WebSocket connection and does not accept a reconnect.
      await goOffline(ctx);
      // 2. The OCTT waits <Configured RetryBackOffWaitMinimum_duration> before accepting the reconnect.
      await ctx.specifiedWait(configuredMs(ctx, 'offlineDurationMs'), 'Configured RetryBackOffWaitMinimum_duration');
      await goOnline(ctx);
      // 3-4. All queued messages: Updated, with meter values, offline = true.
      for (const p of await queuedEvents(ctx, 'E11.FR.02')) {
        expect(p.eventType, 'E11.FR.01: queued TransactionEventRequest eventType').to.equal('Updated');
        expect((p.meterValue as unknown[] | undefined)?.length ?? 0, 'E11.FR.01: queued TransactionEventRequest meterValue').to.be.greaterThan(0);
      }
    });
  },
});

export const TC_E_43_CS = defineTestCase({
  id: 'TC_E_43_CS',
  title: 'Offline Behaviour - Transaction during offline period',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('(C-01 and (C-30 or C-31 or C-32 or C-33 or C-34 or ISO 15118 support)) or C-35')],
  covers: ['E12', 'E12.FR.01', 'E12.FR.02', 'E12.FR.06'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [{ component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true }];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State: IdTokenCached for the configured valid idToken (If implemented).
      if (ctx.ics.features.includes('C-49')) await idTokenCached(ctx);
      // Before (errata 2024-06): Memory State TransactionEventsInQueueEnded. 1. The OCTT closes the connection.
      await goOffline(ctx);
      const token = validToken(ctx);
      const bay = s.parked === false && (ctx.ics.features.includes('C-09.6') || ctx.ics.features.includes('C-10.5'));
      // Manual Actions: Drive EV into parking bay; Connect the EV and EVSE; Present idToken; present it again;
      // Disconnect the EV and EVSE; Drive EV out of parking bay.
      if (bay) await ctx.operator.do('driveIn', { evseId: s.evseId });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      if (bay) await ctx.operator.do('driveOut', { evseId: s.evseId });
      // 2. The OCTT accepts the reconnect.
      await goOnline(ctx);
      // 1-2 (Main). The queue: every message offline = true; one Started, one Ended.
      const events = await queuedEvents(ctx, 'E12.FR.02', (p) => p.eventType === 'Ended');
      expect(events.map((p) => p.eventType), 'E12.FR.01: the queued TransactionEventRequests include eventType Started').to.include('Started');
      expect(events.map((p) => p.eventType), 'E12.FR.01: the queued TransactionEventRequests include eventType Ended').to.include('Ended');
    });
  },
});

/** TC_E_44 / TC_E_45: the transaction is stopped with `stopToken` while the station is offline. */
async function stopWhileOffline(ctx: CaseContext, s: TxSession, stopToken: IdTokenSpec): Promise<void> {
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

export const TC_E_44_CS = defineTestCase({
  id: 'TC_E_44_CS',
  title: 'Offline Behaviour - Stop transaction during offline period',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['E08', 'E08.FR.01', 'E08.FR.04', 'E08.FR.05', 'E08.FR.06', 'E08.FR.07', 'E08.FR.08'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      await stopWhileOffline(ctx, s, s.idToken ?? validToken(ctx));
    });
  },
});

export const TC_E_45_CS = defineTestCase({
  id: 'TC_E_45_CS',
  title: 'Offline Behaviour - Stop transaction during offline period - Same GroupId',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.11): local start options C-30, C-31, C-32, C-34.
  profiles: [core('(C-30 or C-31 or C-32 or C-34) AND (Local Authorization List Management or C-49)')],
  covers: ['E08', 'E08.FR.02', 'E08.FR.04', 'E08.FR.05', 'E08.FR.06', 'E08.FR.07', 'E08.FR.08'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    const valid = validToken(ctx);
    // <Configured valid idtoken fields2> and <Configured GroupIdToken>: a second card of the driver's group.
    const second: IdTokenSpec = { idToken: `${valid.idToken}-2`.slice(0, 36), type: valid.type };
    const group: IdTokenSpec = ctx.ics.idTokens.group ?? { idToken: 'GROUP0001', type: 'Central' };
    await transactionCase(ctx, {}, async (s) => {
      // Memory State: IdTokenCached for the second idToken with the GroupIdToken.
      await idTokenCached(ctx, second, group);
      // Before: State Authorized with the GroupIdToken, then EnergyTransferStarted.
      await authorized(ctx, { token: valid, groupIdToken: group });
      await energyTransferStarted(ctx);
      // Manual Action: Present the second idToken (same GroupId) while offline.
      await stopWhileOffline(ctx, s, second);
    });
  },
});

// --- retries of transaction messages (E13) ----------------------------------------------------------

const RETRY_CONFIGURATION = [
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
async function retries(ctx: CaseContext, failure: 'timeout' | 'callerror', processedAt: number | undefined): Promise<void> {
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

async function readSetting(ctx: CaseContext, variable: string, instance: string): Promise<string> {
  const res = await ctx.sut.call('GetVariables', { getVariableData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: variable, instance } }] });
  const v = (res.getVariableResult as Payload[] | undefined)?.[0]?.attributeValue;
  return typeof v === 'string' ? v : '0';
}

export const TC_E_41_CS = defineTestCase({
  id: 'TC_E_41_CS',
  title: 'Retry sending transaction message when failed - Max retry count reached',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03', 'E13.FR.04'],
  catches: ['tx-no-retry', 'tx-retry-fixed-interval'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'timeout', undefined);
  },
});

export const TC_E_50_CS = defineTestCase({
  id: 'TC_E_50_CS',
  title: 'Retry sending transaction message when failed - Max retry count reached - CallError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03', 'E13.FR.04'],
  catches: ['tx-no-retry', 'tx-retry-fixed-interval'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'callerror', undefined);
  },
});

export const TC_E_42_CS = defineTestCase({
  id: 'TC_E_42_CS',
  title: 'Retry sending transaction message when failed - Success before reaching the max retry count',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03'],
  catches: ['tx-no-retry'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'timeout', 2);
  },
});

export const TC_E_51_CS = defineTestCase({
  id: 'TC_E_51_CS',
  title: 'Retry sending transaction message when failed - Success before reaching the max retry count - CallError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03'],
  catches: ['tx-no-retry'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'callerror', 2);
  },
});

// --- ISO 15118 (E15) --------------------------------------------------------------------------------

export const TC_E_46_CS = defineTestCase({
  id: 'TC_E_46_CS',
  title: 'End of charging process 15118',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['E15', 'E15.FR.04', 'E15.FR.05'],
  catches: ['ev-session-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before (errata 2025-04): EVConnectedPreSession, Authorized15118 (EIM: the idToken is presented), EnergyTransferStarted.
      await evConnectedPreSession(ctx);
      await authorized(ctx, { mode: 'local' });
      await energyTransferStarted(ctx);
      // The Charging Station receives a SessionStopReq(Terminate) from the EV. 1-2. TransactionEvent StopAuthorized.
      const tx = later(transactionEvent(ctx, { describe: '(EV terminated the session)', requirement: 'E15.FR.04' }));
      await ctx.operator.do('evStopSession', { evseId: s.evseId });
      const p = await tx;
      const ends = ['Authorized', 'PowerPathClosed', 'EnergyTransfer'].some((x) => s.stopPoints.includes(x));
      expect(p.triggerReason, 'E15.FR.04: TransactionEventRequest triggerReason').to.equal('StopAuthorized');
      expect(txInfo(p).chargingState, 'E15.FR.04: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(p.eventType, 'E15.FR.05: TransactionEventRequest eventType').to.equal(ends ? 'Ended' : 'Updated');
      if (ends) expect(txInfo(p).stoppedReason, 'E15.FR.05: TransactionEventRequest transactionInfo.stoppedReason').to.equal('StoppedByEV');
      s.authorized = false;
    });
  },
});
