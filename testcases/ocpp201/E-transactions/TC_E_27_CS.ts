import { defineTestCase } from '../../kit.js';
import { configuredMs, connectorStatus, later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferSuspended } from '../_shared/transaction-states.cs.js';
import { SUSPEND_ON_EV_SIDE, core, evConnectionTimeOut, expectEnded, stopTxOnEvSideDisconnect, txStopPoint, unlockOnEvSideDisconnect, unplugAtEv } from './steps.cs.js';

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
