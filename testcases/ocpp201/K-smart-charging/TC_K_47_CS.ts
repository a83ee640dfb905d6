/** Part 6 Table 290, TC_K_47_CS: Get Composite Schedule - Unknown EVSEId. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { evseCountPlusOne, smartChargingCase } from './steps.cs.js';

export const TC_K_47_CS = defineTestCase({
  id: 'TC_K_47_CS',
  title: 'Get Composite Schedule - Unknown EVSEId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.05'],
  catches: ['sc-composite-unknown-evse-accepted'],
  async run(ctx) {
    const s = sc201(ctx);
    await smartChargingCase(ctx, async () => {
      // 1-2. GetCompositeScheduleRequest for <Configured number of evse> + 1: Rejected, schedule omitted.
      const res = await ctx.sut.call('GetCompositeSchedule', { evseId: evseCountPlusOne(ctx), duration: 300, chargingRateUnit: s.unit }, { requirement: 'K08.FR.05' });
      ctx.expect(res.status, 'K08.FR.05: GetCompositeScheduleResponse status').to.equal('Rejected');
      ctx.expect(res.schedule, 'K08.FR.05: GetCompositeScheduleResponse schedule').to.equal(undefined);
    });
  },
});
