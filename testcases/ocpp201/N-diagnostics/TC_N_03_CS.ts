import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, monitorCase, monitoringReport, monitorsPresent, typesOf } from './steps.cs.js';

export const TC_N_03_CS = defineTestCase({
  id: 'TC_N_03_CS',
  title: 'Get Monitoring Report - with component criteria and component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10', 'N02.FR.12', 'N02.FR.13'],
  catches: ['monitoring-report-criteria-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Configuration State: Delta monitors on AvailabilityState of ChargingStation and of <Configured evseId> (set here, not graded;
      // Part 6's table names a Periodic monitor on Power where its steps and post scenario need these).
      const both = [cv('ChargingStation', 'AvailabilityState'), cv('EVSE', 'AvailabilityState', configuredEvse(ctx))];
      await monitorsPresent(ctx, both.map((t) => delta(ctx, t, 8)));
      // 1-2. ThresholdMonitoring of both: EmptyResultSet, statusInfo absent or NotFound (validated).
      await monitoringReport(ctx, { monitoringCriteria: ['ThresholdMonitoring'], componentVariable: both }, 'EmptyResultSet', 'N02.FR.10');
      // 3-6. DeltaMonitoring of both: Accepted; only Delta monitors reported, for both (validated; post scenario).
      const reported = await monitoringReport(ctx, { monitoringCriteria: ['DeltaMonitoring'], componentVariable: both }, 'Accepted', 'N02.FR.05');
      expect(typesOf(reported).every((t) => t === 'Delta'), `N02.FR.13: only Delta monitors reported (got ${typesOf(reported).join(', ')})`).to.equal(true);
      for (const t of both) expect(typesOf(reported, t), `N02.FR.05: the Delta monitor of ${t.component.name} AvailabilityState is reported`).to.include('Delta');
    });
  },
});
