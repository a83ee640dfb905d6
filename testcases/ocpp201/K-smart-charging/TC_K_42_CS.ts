/** Part 6 Table 289, TC_K_42_CS: Get Composite Schedule - chargingRateUnit not supported. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { smartChargingCase, unsupportedUnit } from './steps.cs.js';

export const TC_K_42_CS = defineTestCase({
  id: 'TC_K_42_CS',
  title: 'Get Composite Schedule - chargingRateUnit not supported',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Smart Charging', condition: 'NOT (SC-2.1 and SC-2.2)' }, { profile: 'ISO 15118 Support', condition: 'NOT (SC-2.1 and SC-2.2)' }],
  covers: ['K08', 'K08.FR.07'],
  catches: ['sc-composite-unsupported-unit-accepted'],
  async run(ctx) {
    // Prerequisites: the station does NOT support one of the chargingRateUnits; <Configured unsupported chargingRateUnit> is that one.
    const s = unsupportedUnit(ctx, sc201(ctx));
    await smartChargingCase(ctx, async () => {
      // 1-2. GetCompositeScheduleRequest evseId 0, duration 300, the unsupported chargingRateUnit: Rejected, schedule omitted.
      const res = await ctx.sut.call('GetCompositeSchedule', { evseId: 0, duration: 300, chargingRateUnit: s.unit }, { requirement: 'K08.FR.07' });
      ctx.expect(res.status, `K08.FR.07: GetCompositeScheduleResponse status (chargingRateUnit ${s.unit})`).to.equal('Rejected');
      ctx.expect(res.schedule, 'K08.FR.07: GetCompositeScheduleResponse schedule').to.equal(undefined);
    });
  },
});
