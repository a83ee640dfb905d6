import { defineTestCase } from '../../kit.js';
import { connectorStatus, later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { SUSPEND_ON_EV_SIDE, core, detachableCable, stopTxOnEvSideDisconnect, txStopPoint, unlockOnEvSideDisconnect, unplugAtEv } from './steps.cs.js';

// Errata 2025-09 6.2.52 names this case only as the source of TC_E_27_CS's copy error: nothing changes here.
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
