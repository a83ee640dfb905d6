import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { triggerMeterValue, triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_13_CSMS = defineTestCase({
  id: 'TC_F_13_CSMS',
  title: 'Trigger message - TransactionEvent - Specific EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('2')],
  covers: ['F06', 'F06.FR.01', 'F06.FR.02'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. TriggerMessageRequest TransactionEvent for <Configured evseId>; Accepted.
    await triggerRequested(ctx, 'TransactionEvent', {});
    // 3-4. TransactionEvent Updated, Trigger, Charging, a meter value of context Trigger; the CSMS responds.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'Trigger', chargingState: 'Charging', meterValue: () => [triggerMeterValue()] });
  },
});
