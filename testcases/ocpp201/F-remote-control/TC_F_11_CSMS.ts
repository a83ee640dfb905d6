import { defineTestCase } from '../../kit.js';
import { chargingSession } from '../_shared/charging-session.csms.js';
import { triggerMeterValue, triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_11_CSMS = defineTestCase({
  id: 'TC_F_11_CSMS',
  title: 'Trigger message - MeterValues - Specific EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('1')],
  covers: ['F06', 'F06.FR.01', 'F06.FR.02'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest MeterValues for <Configured evseId>; Accepted.
    await triggerRequested(ctx, 'MeterValues', {});
    // 3-4. MeterValuesRequest for the EVSE, context Trigger; the CSMS responds.
    await ctx.sut.call('MeterValues', { evseId: chargingSession(ctx).evseId, meterValue: [triggerMeterValue()] });
  },
});
