import { defineTestCase } from '../../kit.js';
import { firstContext, trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_12_CS = defineTestCase({
  id: 'TC_F_12_CS',
  title: 'Trigger message - MeterValues - All EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('1')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.06', 'F06.FR.10', 'F06.FR.11'],
  catches: ['trigger-not-sent', 'trigger-meter-values-wrong-context'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const evses = ctx.ics.evses.length ? ctx.ics.evses.map((e) => e.id) : [1];
    // Step 3 is executed for every EVSE: one MeterValuesRequest each.
    const arrivals = evses.map((id) => sut.expectCall('MeterValues', { requirement: 'F06.FR.11', describe: `for EVSE ${id}`, filter: (p) => p.evseId === id }));
    // 1-2. TriggerMessage MeterValues, evse omitted: Accepted.
    await triggerAccepted(ctx, { requestedMessage: 'MeterValues' });
    // 3-4. A MeterValuesRequest per EVSE, context Trigger.
    for (const arrival of arrivals) {
      const p = (await arrival).payload;
      expect(firstContext(p), `F06.FR.06: MeterValuesRequest (EVSE ${p.evseId}) meterValue[0].sampledValue[0].context`).to.equal('Trigger');
    }
  },
});
