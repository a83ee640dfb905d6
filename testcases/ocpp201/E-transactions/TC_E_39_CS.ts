import { defineTestCase } from '../../kit.js';
import { configuredMs, connectorStatus, later, transactionCase, transactionEvent, transactionRunning, txInfo } from '../_shared/charging-session.cs.js';
import { authorized } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, evConnectionTimeOut, txStopPoint } from './steps.cs.js';

// Errata 2025-09 6.2.47 applied: step 3 StatusNotificationRequest Occupied or NotifyEventRequest (Delta, Connector.AvailabilityState);
// step 5 CablePluggedIn, not Charging, and eventType Updated when TxStartPoint is ParkingBayOccupancy.
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
        // Step 5 "eventType must be Updated if TxStartPoint is ParkingBayOccupancy, else Ended": the transaction parked since
        // step 1 goes on (Updated). The "else Ended" half cannot hold for a plug-in after the transaction ended (a new one
        // starts, Started), so it is not checked.
        if (s.startPoints.includes('ParkingBayOccupancy')) expect(p.eventType, 'E03.FR.05: TransactionEventRequest eventType (TxStartPoint ParkingBayOccupancy)').to.equal('Updated');
      }
      await charging;
    });
  },
});
