import { defineTestCase } from '../../kit.js';
import { configuredConnector, firstContext, trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_11_CS = defineTestCase({
  id: 'TC_F_11_CS',
  title: 'Trigger message - MeterValues - Specific EVSE',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('1')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.06', 'F06.FR.10'],
  catches: ['trigger-not-sent', 'trigger-meter-values-wrong-context'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const { evseId } = configuredConnector(ctx);
    const meterValues = sut.expectCall('MeterValues', { requirement: 'F06.FR.10' });
    // 1-2. TriggerMessage MeterValues for <Configured evseId>: Accepted.
    await triggerAccepted(ctx, { requestedMessage: 'MeterValues', evse: { id: evseId } });
    // 3-4. MeterValuesRequest for that EVSE, context Trigger.
    const p = (await meterValues).payload;
    expect(p.evseId, 'F06.FR.06: MeterValuesRequest evseId').to.equal(evseId);
    expect(firstContext(p), 'F06.FR.06: MeterValuesRequest meterValue[0].sampledValue[0].context').to.equal('Trigger');
  },
});
