import { defineTestCase } from '../../kit.js';
import { triggerMeterValue, triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_12_CSMS = defineTestCase({
  id: 'TC_F_12_CSMS',
  title: 'Trigger message - MeterValues - All EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('1')],
  covers: ['F06', 'F06.FR.01'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest MeterValues; Accepted.
    await triggerRequested(ctx, 'MeterValues');
    // 3-4. A MeterValuesRequest per EVSE, context Trigger; the CSMS responds to each.
    for (const evse of ctx.ics.evses.length ? ctx.ics.evses : [{ id: 1 }]) {
      await ctx.sut.call('MeterValues', { evseId: evse.id, meterValue: [triggerMeterValue()] });
    }
  },
});
