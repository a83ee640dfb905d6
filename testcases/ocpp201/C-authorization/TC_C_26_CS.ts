import { defineTestCase } from '../../kit.js';
import { connectorStatus, transactionCase, txInfo } from '../_shared/charging-session.cs.js';
import { implementsAuthCache } from '../_shared/states.cs.js';
import { parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { driveIn, goOffline, goOnline, offlineConfiguration, tokenOf } from './steps.local-list.js';

// C15 & C13 Offline Authorization - Unknown Id (Part 6 Table 110): offline, the station accepts an idToken it does not
// know (OfflineTxForUnknownIdEnabled); back online the CSMS calls it Invalid and, StopTxOnInvalidId false and
// MaxEnergyOnInvalidId 0, the station stops the energy (SuspendedEVSE) until the driver ends the session.
// Errata 2025-09 6.2.34 applied: step 1, the connector status (Occupied) reported after the connection is restored.
export const TC_C_26_CS = defineTestCase({
  id: 'TC_C_26_CS', title: 'Offline Authorization - Unknown Id', version: '2.0.1', sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-02 and (C-30 or C-31 or C-32)' }],
  covers: ['C15', 'C15.FR.02', 'C15.FR.06', 'C15.FR.08', 'C13.FR.04', 'B04.FR.01', 'B04.FR.02'],
  catches: ['offline-unknown-id-refused', 'invalid-id-energy-not-stopped', 'offline-flag-missing', 'no-status-after-reconnect'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    const token = tokenOf(ctx, 'valid');
    // Before: LocalAuthListEnabled, LocalPreAuthorize (If implemented), OfflineTxForUnknownIdEnabled true, LocalAuthorizationOffline
    // true, MaxEnergyOnInvalidId 0 (If implemented), StopTxOnInvalidId false. Memory State N/a: the Local Authorization List
    // cases leave empty and the cache is cleared (not graded), so the idToken is unknown to the station.
    const configuration = [
      ...offlineConfiguration(ctx, true),
      { component: 'TxCtrlr', variable: 'MaxEnergyOnInvalidId', value: '0', optional: true },
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'false' },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      if (implementsAuthCache(ctx)) await sut.callRaw('ClearCache', {}).catch(() => undefined);
      // Reusable State StartOfflineTransaction: offline, drive in, present the idToken, connect the EV, back online.
      await goOffline(ctx);
      // 2. The OCTT answers the TransactionEventRequest with the idToken: idTokenInfo.status Invalid.
      sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Invalid' } } : {}));
      const since = sut.receivedPayloads('TransactionEvent').length;
      await driveIn(ctx);
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      Object.assign(s, { authorized: true, evConnected: true, idToken: token });
      // Errata 2025-09 6.2.34 step 1: back online, the station reports the connector it was plugged in at while offline:
      // StatusNotificationRequest Occupied or NotifyEventRequest (Delta, Connector.AvailabilityState Occupied).
      const occupied = connectorStatus(ctx, 'Occupied', 'B04.FR.01/B04.FR.02');
      await goOnline(ctx);
      await occupied;
      // 1. The station empties its queue; after the Invalid answer it stops the energy (C15.FR.06): chargingState SuspendedEVSE.
      const suspended = await sut.expectCall('TransactionEvent', { requirement: 'C15.FR.06 / C15.FR.08', describe: '(chargingState SuspendedEVSE)', filter: (p) => txInfo(p).chargingState === 'SuspendedEVSE' });
      if (!suspended.answered) suspended.respond({});
      const id = txInfo(suspended.payload).transactionId as string;
      Object.assign(s, { transactionId: id, ended: false });
      const sent = sut.receivedPayloads('TransactionEvent').slice(since);
      // Tool validations step 1: the messages queued while offline (those before the SuspendedEVSE) have offline true.
      const queued = sent.slice(0, sent.indexOf(suspended.payload));
      expect(queued.length, 'C15.FR.02: TransactionEventRequests of the transaction authorized offline, sent after the reconnection').to.be.above(0);
      queued.forEach((p, i) => expect(p.offline, `C15.FR.02: TransactionEventRequest ${i + 1} (queued while offline) offline`).to.equal(true));
      // Manual Actions: present the idToken (the valid idToken the transaction runs on); unplug the cable.
      // 3-4. TransactionEventRequest with triggerReason StopAuthorized, answered at once.
      const stop = sut.expectCall('TransactionEvent', { requirement: 'C15.FR.06 (the transaction goes on, authorized)', describe: '(StopAuthorized)', filter: (p) => p.triggerReason === 'StopAuthorized' })
        .then((c) => {
          if (!c.answered) c.respond({});
          return c;
        });
      stop.catch(() => undefined);
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      const stopped = await stop;
      // Not a Part 6 step: the transaction's last message (Ended) is in, so none reaches the next case.
      if (stopped.payload.eventType !== 'Ended') {
        const ended = await sut.expectCall('TransactionEvent', { requirement: 'E06.FR.04', describe: '(Ended)', filter: (p) => p.eventType === 'Ended' && txInfo(p).transactionId === id });
        if (!ended.answered) ended.respond({});
      }
      Object.assign(s, { authorized: false, evConnected: false, ended: true, state: 'EVDisconnected' });
      await parkingBayUnoccupied(ctx);
    });
  },
});
