/** Part 6 Table 286, TC_K_39_CS: Get Composite Schedule - No ChargingProfile installed on Charging Station. Errata 2025-09 6.2.71 (scheduleStart, duration, unit, startPeriod 0 validated) applied. */
import { defineTestCase } from '../../kit.js';
import { sc201 } from './steps.profiles.cs.js';
import { checkComposite, smartChargingCase } from './steps.cs.js';

export const TC_K_39_CS = defineTestCase({
  id: 'TC_K_39_CS',
  title: 'Get Composite Schedule - No ChargingProfile installed on Charging Station',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.02', 'K08.FR.03', 'K08.FR.06'],
  catches: ['sc-composite-duration-wrong'],
  async run(ctx) {
    const s = sc201(ctx);
    // The case frame clears what earlier cases left: no charging profile is installed.
    await smartChargingCase(ctx, async () => {
      // 1-2. GetCompositeScheduleRequest evseId 0, duration 300: Accepted, evseId 0, duration 300, the unit, startPeriod 0 (any limit).
      await checkComposite(ctx, s, { evseId: 0, durationS: 300, installed: [] }, 'K08.FR.02');
    });
  },
});
