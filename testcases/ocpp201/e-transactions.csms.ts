/**
 * Functional block E (Transactions), CSMS under test: the harness plays the charging station and
 * reports its transactions (seqNo from 0, trigger reasons, meter values, idToken) the way the
 * Part 6 steps give them. Steps follow OCPP 2.0.1 Part 6, section 3.6 "E. Transactions".
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import {
  chargingSession, configuredMs, csmsRequest, deliverQueued, goOffline, idTokenStatus, invalidToken, reconnect, reportConnector,
  signedMeterValue, transactionEvent, transactionIdOf, transactionStatus, validToken,
} from './charging-session.csms.js';
import {
  authorized, energyTransferStarted, energyTransferSuspended, evConnectedPostSession, evConnectedPreSession, evDisconnected, stopAuthorized,
} from './states.csms.js';

const CHECK_TRANSACTION_STATUS = { profile: 'Core', condition: 'C-16' };

/** "The OCTT sends an AuthorizationRequest with the configured valid idToken"; its status must be Accepted. */
async function authorizeValid(ctx: CaseContext): Promise<void> {
  const answer = await ctx.sut.call('Authorize', { idToken: validToken(ctx) }, { requirement: 'C01.FR.07' });
  ctx.expect(idTokenStatus(answer), 'C01.FR.07: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
}

/** The transaction the station is running (set by the reusable states of the case's Before). */
function runningTransactionId(ctx: CaseContext): string {
  const tx = chargingSession(ctx).tx;
  if (!tx) throw new Error('the simulated station has no running transaction');
  return tx.transactionId;
}

export const TC_E_01_CSMS = defineTestCase({
  id: 'TC_E_01_CSMS',
  title: 'Start transaction options - PowerPathClosed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S5)', 'E01.FR.05'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    const idToken = validToken(ctx);
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. The power path closes: TransactionEvent Started, ChargingStateChanged, SuspendedEVSE, with idToken and EVSE.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEVSE', idToken, requirement: 'E01.FR.05' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 7-8. Energy flows: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E01.FR.05' });
  },
});

export const TC_E_02_CSMS = defineTestCase({
  id: 'TC_E_02_CSMS',
  title: 'Start transaction options - EnergyTransfer',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S6)', 'E01.FR.06'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. Energy flows: TransactionEvent Started, ChargingStateChanged, Charging, with idToken and EVSE.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', idToken: validToken(ctx), requirement: 'E01.FR.06' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  },
});

export const TC_E_03_CSMS = defineTestCase({
  id: 'TC_E_03_CSMS',
  title: 'Local start transaction - Cable plugin first - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E02', 'E02.FR.02'],
  catches: ['tx-no-idtokeninfo', 'tx-start-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EVConnectedPreSession (the transaction starts on the cable).
    await evConnectedPreSession(ctx);
    // 1. Reusable State Authorized (Updated with the idToken; the CSMS returns its status, E02.FR.02).
    await authorized(ctx, { requirement: 'E02.FR.02' });
    // 2. Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx, { requirement: 'E02.FR.02' });
  },
});

export const TC_E_04_CSMS = defineTestCase({
  id: 'TC_E_04_CSMS',
  title: 'Local start transaction - Authorization first - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03', 'E03.FR.02'],
  catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // 1. Reusable State Authorized (Started with the idToken; the CSMS returns its status, E03.FR.02).
    await authorized(ctx, { requirement: 'E03.FR.02' });
    // 2. Reusable State EnergyTransferStarted (cable plugged in, then charging).
    await energyTransferStarted(ctx, { requirement: 'E03.FR.02' });
  },
});

export const TC_E_39_CSMS = defineTestCase({
  id: 'TC_E_39_CSMS',
  title: 'Stop transaction options - Deauthorized - timeout',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03', 'E06', 'E03.FR.04', 'E03.FR.05', 'E06.FR.04'],
  catches: ['tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State Authorized (no EV plugged in).
    await authorized(ctx);
    // 1-2. After the EV connection timeout: TransactionEvent Ended, EVConnectTimeout, stoppedReason Timeout.
    await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs'), 'Configured EV connection timeout');
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVConnectTimeout', stoppedReason: 'Timeout', requirement: 'E03.FR.05' });
  },
});

export const TC_E_14_CSMS = defineTestCase({
  id: 'TC_E_14_CSMS',
  title: 'Stop transaction options - EVDisconnected - Charging Station side',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S2)', 'E06.FR.02'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EVConnectedPostSession.
    await evConnectedPostSession(ctx);
    // 1. Reusable State EVDisconnected (unplugged at the station: Ended, EVCommunicationLost).
    await evDisconnected(ctx, { requirement: 'E06.FR.02' });
  },
});

export const TC_E_20_CSMS = defineTestCase({
  id: 'TC_E_20_CSMS',
  title: 'Stop transaction options - EVDisconnected - EV side (able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S2)', 'E10', 'E06.FR.02'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1. Reusable State EVDisconnected.
    await evDisconnected(ctx, { requirement: 'E06.FR.02' });
  },
});

export const TC_E_15_CSMS = defineTestCase({
  id: 'TC_E_15_CSMS',
  title: 'Stop transaction options - StopAuthorized - Local',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.03'],
  catches: ['tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. The driver stops locally with the idToken: TransactionEvent Ended, StopAuthorized, stoppedReason Local.
    await transactionEvent(ctx, {
      eventType: 'Ended', triggerReason: 'StopAuthorized', stoppedReason: 'Local', chargingState: 'EVConnected',
      idToken: chargingSession(ctx).idToken ?? validToken(ctx), requirement: 'E06.FR.03',
    });
  },
});

export const TC_E_21_CSMS = defineTestCase({
  id: 'TC_E_21_CSMS',
  title: 'Stop transaction options - StopAuthorized - Remote',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'F03', 'E06.FR.03', 'F03.FR.01', 'F03.FR.09', 'F03.FR.10'],
  catches: ['request-stop-wrong-transaction', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // Manual action: trigger the CSMS to stop the ongoing transaction.
    // 1-2. The CSMS sends RequestStopTransactionRequest; the station accepts a request for its transaction (F03.FR.07/08).
    const request = await csmsRequest(ctx, 'RequestStopTransaction',
      (p) => ({ status: p.transactionId === transactionId ? 'Accepted' : 'Rejected' }), { requirement: 'F03.FR.01' });
    ctx.expect(request.payload.transactionId, 'F03.FR.01: RequestStopTransactionRequest transactionId').to.equal(transactionId);
    // 3-4. TransactionEvent Ended, RemoteStop, stoppedReason Remote.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'RemoteStop', stoppedReason: 'Remote', chargingState: 'EVConnected', requirement: 'E06.FR.03' });
  },
});

export const TC_E_09_CSMS = defineTestCase({
  id: 'TC_E_09_CSMS',
  title: 'Start transaction options - EVConnected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S2)', 'E01.FR.02'],
  catches: ['tx-start-only-authorized'],
  async run(ctx) {
    // 1-2. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 3-4. TransactionEvent Started, CablePluggedIn, EVConnected, with EVSE and connector.
    await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', requirement: 'E01.FR.02' });
  },
});

export const TC_E_10_CSMS = defineTestCase({
  id: 'TC_E_10_CSMS',
  title: 'Start transaction options - Authorized - Local',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S3)', 'E01.FR.03'],
  catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. TransactionEvent Started, Authorized, with the idToken (no EV yet: chargingState Idle).
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'Authorized', chargingState: 'Idle', idToken: validToken(ctx), requirement: 'E01.FR.03' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  },
});

export const TC_E_11_CSMS = defineTestCase({
  id: 'TC_E_11_CSMS',
  title: 'Start transaction options - DataSigned',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S4)', 'E01.FR.04'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. The meter signed its first reading: TransactionEvent Started, SignedDataReceived, with idToken, EVSE and
    //      a meter value 0.0, context Transaction.Begin, with its signedMeterValue.
    const reading = (transactionId: string): Payload[] => [{
      timestamp: new Date().toISOString(),
      sampledValue: [{ value: 0.0, context: 'Transaction.Begin', signedMeterValue: signedMeterValue(transactionId, 0.0) }],
    }];
    const started = await transactionEvent(ctx, {
      eventType: 'Started', triggerReason: 'SignedDataReceived', chargingState: 'EVConnected', idToken: validToken(ctx), meterValue: reading, requirement: 'E01.FR.04',
    });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 7-8. Energy flows: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E01.FR.04' });
  },
});

export const TC_E_12_CSMS = defineTestCase({
  id: 'TC_E_12_CSMS',
  title: 'Start transaction options - ParkingBayOccupied',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S1)', 'E01.FR.01'],
  catches: ['tx-start-only-authorized'],
  async run(ctx) {
    // 1-2. The bay detector sees an EV: TransactionEvent Started, EVDetected (nothing plugged in: chargingState Idle).
    await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'EVDetected', chargingState: 'Idle', requirement: 'E01.FR.01' });
  },
});

export const TC_E_38_CSMS = defineTestCase({
  id: 'TC_E_38_CSMS',
  title: 'Local start transaction - EV not ready',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03'],
  catches: ['tx-suspended-ev-unhandled'],
  async run(ctx) {
    // Before: Reusable State Authorized.
    await authorized(ctx);
    // 1. Reusable State EVConnectedPreSession (Updated: the transaction started on authorization).
    await evConnectedPreSession(ctx);
    // 2-3. The EV is not ready to charge: TransactionEvent Updated, ChargingStateChanged, SuspendedEV.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEV' });
  },
});

export const TC_E_07_CSMS = defineTestCase({
  id: 'TC_E_07_CSMS',
  title: 'Stop transaction options - PowerPathClosed - Local stop',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S5)', 'E06.FR.06'],
  catches: ['tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. The driver stops locally, the power path opens: TransactionEvent Ended, StopAuthorized, stoppedReason Local.
    await transactionEvent(ctx, {
      eventType: 'Ended', triggerReason: 'StopAuthorized', stoppedReason: 'Local', chargingState: 'EVConnected',
      idToken: chargingSession(ctx).idToken ?? validToken(ctx), requirement: 'E06.FR.06',
    });
  },
});

export const TC_E_08_CSMS = defineTestCase({
  id: 'TC_E_08_CSMS',
  title: 'Stop transaction options - EnergyTransfer stopped - StopAuthorized',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S6)', 'E06.FR.07'],
  catches: ['tx-stop-only-evconnected', 'tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State StopAuthorized.
    await stopAuthorized(ctx);
    // 1-2. The energy transfer stops: TransactionEvent Ended, ChargingStateChanged, EVConnected, stoppedReason Local.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ChargingStateChanged', chargingState: 'EVConnected', stoppedReason: 'Local', requirement: 'E06.FR.07' });
  },
});

export const TC_E_16_CSMS = defineTestCase({
  id: 'TC_E_16_CSMS',
  title: 'Stop transaction options - Deauthorized - Invalid idToken',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.04', 'E01.FR.11', 'E01.FR.12'],
  catches: ['tx-accepts-invalid-idtoken'],
  async run(ctx) {
    // 1-2. The station authorized the configured invalid idToken locally: TransactionEvent Started, Authorized, with it.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'Authorized', chargingState: 'Idle', idToken: invalidToken(ctx), requirement: 'E01.FR.12' });
    ctx.expect(idTokenStatus(started), 'E01.FR.11: TransactionEventResponse idTokenInfo.status for the invalid idToken').to.be.oneOf(['Invalid', 'Unknown']);
    // 3-4. The CSMS's verdict deauthorizes the transaction: TransactionEvent Ended, Deauthorized, stoppedReason DeAuthorized.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'Deauthorized', stoppedReason: 'DeAuthorized', requirement: 'E06.FR.04' });
  },
});

export const TC_E_17_CSMS = defineTestCase({
  id: 'TC_E_17_CSMS',
  title: 'Stop transaction options - Deauthorized - EV side disconnect',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S3)', 'E06.FR.04'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1-2. The cable is pulled at the EV side: TransactionEvent Ended, EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected', requirement: 'E06.FR.04' });
  },
});

export const TC_E_22_CSMS = defineTestCase({
  id: 'TC_E_22_CSMS',
  title: 'Stop transaction options - EnergyTransfer stopped - SuspendedEV',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S6)', 'E06.FR.07'],
  catches: ['tx-stop-only-authorized', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. The EV stops drawing energy: TransactionEvent Ended, ChargingStateChanged, SuspendedEV, stoppedReason StoppedByEV.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEV', stoppedReason: 'StoppedByEV', requirement: 'E06.FR.07' });
  },
});

export const TC_E_19_CSMS = defineTestCase({
  id: 'TC_E_19_CSMS',
  title: 'Stop transaction options - ParkingBayUnoccupied',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S1)', 'E06.FR.01'],
  catches: ['tx-stop-only-authorized', 'tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State EVDisconnected. With TxStopPoint ParkingBayOccupancy unplugging does not end the
    // transaction, so the station reports it as an Updated event; the transaction ends when the bay is left.
    await evDisconnected(ctx, { endsTransaction: false });
    // 1-2. The EV leaves the bay: TransactionEvent Ended, EVDeparted, stoppedReason Local.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVDeparted', stoppedReason: 'Local', requirement: 'E06.FR.01' });
  },
});

export const TC_E_26_CSMS = defineTestCase({
  id: 'TC_E_26_CSMS',
  title: 'Disconnect cable on EV-side - Suspend transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E10', 'E10.FR.01'],
  catches: ['tx-ev-disconnect-ends-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1-2. The cable is pulled at the EV side, the transaction goes on: TransactionEvent Updated, EVCommunicationLost, Idle.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', requirement: 'E10.FR.01' });
    // 3-4. Connector Available.
    await reportConnector(ctx, 'Available');
    // The EV is connected again: the connector is Occupied (E02.FR.05).
    await reportConnector(ctx, 'Occupied');
    // 5-6. TransactionEvent Updated, CablePluggedIn, EVConnected.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', requirement: 'E10.FR.01' });
    // 7-8. Energy flows again: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E10.FR.01' });
  },
});

/** Steps 1-2 of the queued-message cases: offline for the Configured Transaction Duration, `whileOffline` happening meanwhile. */
async function offlineForTransactionDuration(ctx: CaseContext, whileOffline: () => Promise<void>): Promise<void> {
  // 1. The station closes the WebSocket connection.
  await goOffline(ctx);
  // 2. It waits the Configured Transaction Duration (its transaction events are queued), then reconnects.
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  await whileOffline();
  await reconnect(ctx);
}

/** A periodic sample taken while offline: queued (E12.FR.01). */
const periodicSample = (ctx: CaseContext) => transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'MeterValuePeriodic', meter: 'Sample.Periodic' });

export const TC_E_29_CSMS = defineTestCase({
  id: 'TC_E_29_CSMS',
  title: 'Check Transaction status - Transaction with id ongoing - with message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.02', 'E14.FR.04'],
  catches: ['transaction-status-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // 1-2. Offline for a while (a periodic meter sample is queued), then reconnected.
    await offlineForTransactionDuration(ctx, async () => { await periodicSample(ctx); });
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 3-4. The CSMS sends GetTransactionStatusRequest; the station answers ongoingIndicator true, messagesInQueue true.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.02: GetTransactionStatusRequest transactionId').to.equal(transactionId);
    // 5-6. The queued TransactionEvent Updated, with meter values, offline true.
    await deliverQueued(ctx, (p) => transactionIdOf(p) === transactionId, 'E14.FR.04');
  },
});

export const TC_E_30_CSMS = defineTestCase({
  id: 'TC_E_30_CSMS',
  title: 'Check Transaction status - Transaction with id ongoing - without message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.02', 'E14.FR.05'],
  catches: ['transaction-status-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 1-2. The CSMS sends GetTransactionStatusRequest; the station answers ongoingIndicator true, messagesInQueue false.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.02: GetTransactionStatusRequest transactionId').to.equal(transactionId);
  },
});

export const TC_E_31_CSMS = defineTestCase({
  id: 'TC_E_31_CSMS',
  title: 'Check Transaction status - Transaction with id ended - with message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.03', 'E14.FR.04'],
  catches: ['transaction-status-wrong-transaction', 'tx-rejects-seqno-gap'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    const s = chargingSession(ctx);
    // 1-2. Offline for a while: the driver stops (StopAuthorized), charging ends (EVConnected) and the EV leaves
    //      (EVCommunicationLost, Ended); the three events are queued with consecutive seqNo. Then reconnected.
    await offlineForTransactionDuration(ctx, async () => {
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', idToken: s.idToken ?? validToken(ctx) });
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'EVConnected' });
      await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
    });
    // 3-4. StatusNotification: connector Available.
    await reportConnector(ctx, 'Available', { notifyEvent: false });
    // 5-6. The queued Ended event first, offline true: its seqNo skips the two others.
    await deliverQueued(ctx, (p) => p.eventType === 'Ended' && transactionIdOf(p) === transactionId);
    // Manual action: trigger the CSMS to request the status of the transaction.
    // 7-8. The CSMS sends GetTransactionStatusRequest (the tool validation's "step 5"); the station answers ongoingIndicator false, messagesInQueue true.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId), { hint: { transactionId } });
    ctx.expect(request.payload.transactionId, 'E14.FR.03: GetTransactionStatusRequest transactionId').to.equal(transactionId);
    // 9-10. The queued StopAuthorized event (first skipped seqNo), offline true.
    await deliverQueued(ctx, (p) => p.triggerReason === 'StopAuthorized' && transactionIdOf(p) === transactionId, 'E14.FR.04');
    // 11-12. The queued ChargingStateChanged EVConnected event (second skipped seqNo), offline true.
    await deliverQueued(ctx, (p) => p.triggerReason === 'ChargingStateChanged' && transactionIdOf(p) === transactionId, 'E14.FR.04');
  },
});

export const TC_E_33_CSMS = defineTestCase({
  id: 'TC_E_33_CSMS',
  title: 'Check Transaction status - Without transactionId - with message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.06', 'E14.FR.07'],
  catches: ['transaction-status-adds-transaction'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const transactionId = runningTransactionId(ctx);
    // 1-2. Offline for a while (a periodic meter sample is queued), then reconnected.
    await offlineForTransactionDuration(ctx, async () => { await periodicSample(ctx); });
    // Manual action: trigger the CSMS to request the status of the station's queue (no particular transaction).
    // 3-4. The CSMS sends GetTransactionStatusRequest; the station answers messagesInQueue true, ongoingIndicator omitted.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId));
    ctx.expect(request.payload.transactionId, 'E14.FR.06: GetTransactionStatusRequest transactionId (must be omitted)').to.equal(undefined);
    // 5-6. The queued TransactionEvent Updated, with meter values, offline true.
    await deliverQueued(ctx, (p) => transactionIdOf(p) === transactionId, 'E14.FR.07');
  },
});

export const TC_E_34_CSMS = defineTestCase({
  id: 'TC_E_34_CSMS',
  title: 'Check Transaction status - Without transactionId - without message in queue',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [CHECK_TRANSACTION_STATUS],
  covers: ['E14', 'E14.FR.06', 'E14.FR.08'],
  catches: ['transaction-status-adds-transaction'],
  async run(ctx) {
    // Manual action: trigger the CSMS to request the status of the station's queue (no particular transaction).
    // 1-2. The CSMS sends GetTransactionStatusRequest; the station answers messagesInQueue false, ongoingIndicator omitted.
    const request = await csmsRequest(ctx, 'GetTransactionStatus', (p) => transactionStatus(ctx, p.transactionId));
    ctx.expect(request.payload.transactionId, 'E14.FR.06: GetTransactionStatusRequest transactionId (must be omitted)').to.equal(undefined);
  },
});

export const TC_E_53_CSMS = defineTestCase({
  id: 'TC_E_53_CSMS',
  title: 'Reset Sequence Number - CSMS accepting seqNo = 0 at start of transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01', 'E01.FR.07'],
  catches: ['tx-seqno-per-station'],
  async run(ctx) {
    // 1. Reusable State EnergyTransferStarted: a new transaction, its Started event with seqNo 0, answered.
    await energyTransferStarted(ctx, { requirement: 'E01.FR.07' });
    // 2. Reusable State EVDisconnected.
    await evDisconnected(ctx);
    // 3. Reusable State EnergyTransferStarted: the next transaction starts at seqNo 0 again, and is answered.
    await energyTransferStarted(ctx, { requirement: 'E01.FR.07' });
    // 4. Reusable State EVDisconnected.
    await evDisconnected(ctx);
  },
});
