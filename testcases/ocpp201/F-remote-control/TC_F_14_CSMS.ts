import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { triggerMeterValue, triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_14_CSMS = defineTestCase({
  id: 'TC_F_14_CSMS',
  title: 'Trigger message - TransactionEvent - All EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('2')],
  covers: ['F06', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted (on the configured EVSE: the harness station runs one session).
    await energyTransferStarted(ctx);
    // 1-2. TriggerMessageRequest TransactionEvent; Accepted.
    await triggerRequested(ctx, 'TransactionEvent');
    // 3-4. TransactionEvent Updated, Trigger, Charging, a meter value of context Trigger (for the EVSE with a transaction); the CSMS responds.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Trigger', chargingState: 'Charging', meterValue: () => [triggerMeterValue()] });
  },
});
