import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, monitorCase, monitoringReport, monitorsPresent, typesOf } from './steps.cs.js';

export const TC_N_47_CS = defineTestCase({
  id: 'TC_N_47_CS',
  title: 'Get Monitoring report - Report all',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.01', 'N02.FR.03'],
  catches: ['monitoring-report-missing-monitor'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // Memory State: Delta monitors on AvailabilityState of ChargingStation and of the configured EVSE (set here, not graded).
      const both = [cv('ChargingStation', 'AvailabilityState'), cv('EVSE', 'AvailabilityState', configuredEvse(ctx))];
      await monitorsPresent(ctx, both.map((t) => delta(ctx, t, 8)));
      // 1-4. GetMonitoringReport without criteria and componentVariable; the reports hold both Delta monitors (validated; all parts received).
      const reported = await monitoringReport(ctx, {}, 'Accepted', 'N02.FR.03');
      for (const t of both) ctx.expect(typesOf(reported, t), `N02.FR.03: the Delta monitor of ${t.component.name} AvailabilityState is reported`).to.include('Delta');
    });
  },
});
