import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, monitorCase, monitoringReport, monitorsPresent, typesOf } from './steps.cs.js';

export const TC_N_02_CS = defineTestCase({
  id: 'TC_N_02_CS',
  title: 'Get Monitoring Report - with component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.03', 'N02.FR.08'],
  catches: ['monitoring-report-missing-monitor'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Memory State: Delta monitors on AvailabilityState of ChargingStation and of <Configured evseId> (set here, not graded).
      const station = cv('ChargingStation', 'AvailabilityState');
      const evse = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      await monitorsPresent(ctx, [delta(ctx, station, 8), delta(ctx, evse, 8)]);
      // 1-4. GetMonitoringReport for AvailabilityState of ChargingStation and every monitor of the EVSE: Accepted (validated).
      const reported = await monitoringReport(ctx, { componentVariable: [station, cv('EVSE', undefined, configuredEvse(ctx))] }, 'Accepted', 'N02.FR.08');
      // Step 3: AvailabilityState monitors are of type Delta; post scenario: reported for both ChargingStation and the EVSE.
      for (const t of [station, evse]) {
        const types = typesOf(reported, t);
        expect(types, `N02.FR.08: a Delta monitor of ${t.component.name} AvailabilityState is reported`).to.include('Delta');
        expect(types.every((x) => x === 'Delta'), `N02.FR.08: AvailabilityState monitors of ${t.component.name} are of type Delta (got ${types.join(', ')})`).to.equal(true);
      }
    });
  },
});
