/** Part 6 Table 567 (with errata 2025-09, 6.3.12), TC_I_02_CSMS: Show EV Driver Final Total Cost After Charging. */
import { defineTestCase } from '../../kit.js';
import { reportConnector, transactionEvent } from '../_shared/charging-session.csms.js';
import { authorized, energyTransferStarted, evConnectedPostSession, stopAuthorized } from '../_shared/states.csms.js';
import { energyTariffConfigured, registerReading } from './steps.csms.js';

export const TC_I_02_CSMS = defineTestCase({
  id: 'TC_I_02_CSMS',
  title: 'Show EV Driver Final Total Cost After Charging',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced User Interface'],
  covers: ['I03', 'I03.FR.02'],
  catches: ['ended-without-total-cost'],
  async run(ctx) {
    // Memory State: the CSMS is configured with a tariff based on energy consumed.
    await energyTariffConfigured(ctx);
    // 1. Reusable State EVConnectedPreSession, its TransactionEventRequest with meterValue 1000 Wh, Transaction.Begin.
    await reportConnector(ctx, 'Occupied');
    await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', meterValue: () => [registerReading(1000, 'Transaction.Begin')] });
    // 2-5. Reusable States Authorized, EnergyTransferStarted, StopAuthorized, EVConnectedPostSession.
    await authorized(ctx);
    await energyTransferStarted(ctx);
    await stopAuthorized(ctx);
    await evConnectedPostSession(ctx);
    // 6-7. The connector is Available (StatusNotification and NotifyEvent AvailabilityState).
    await reportConnector(ctx, 'Available');
    // 8-9. TransactionEvent Ended, EVCommunicationLost, Idle, EVDisconnected, meterValue 6000 Wh Transaction.End.
    const answer = await transactionEvent(ctx, {
      eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected',
      meterValue: () => [registerReading(6000, 'Transaction.End')],
    });
    ctx.expect(answer?.totalCost, 'I03.FR.02: step 9 TransactionEventResponse totalCost (not omitted)').to.not.equal(undefined);
    ctx.log(`totalCost ${String(answer?.totalCost)} for 5 kWh`);
  },
});
