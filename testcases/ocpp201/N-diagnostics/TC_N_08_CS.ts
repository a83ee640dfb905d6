import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, monitoringReport, reports, setMonitors, typesOf } from './steps.cs.js';

export const TC_N_08_CS = defineTestCase({
  id: 'TC_N_08_CS',
  title: 'Set Variable Monitoring - one setMonitoringData element',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.08', 'N04.FR.11', 'N02.FR.03'],
  catches: ['monitoring-report-missing-monitor'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      // 1-2. A Delta monitor (value 1, severity 8) on AvailabilityState of <Configured evseId>: Accepted (validated).
      const d = delta(ctx, target, 8);
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Accepted'], ['NoError'], 'N04.FR.08');
      // 3-6. GetMonitoringReport for it: Accepted; the report holds the Delta monitor (validated).
      const reported = await monitoringReport(ctx, { componentVariable: [target] }, 'Accepted', 'N02.FR.03');
      ctx.expect(typesOf(reported, target), 'N02.FR.03: NotifyMonitoringReportRequest monitor of EVSE AvailabilityState, type Delta').to.include('Delta');
      if (r!.id !== undefined) ctx.expect(reports(reported, r!.id), `N02.FR.03: the new monitor ${r!.id} is reported`).to.equal(true);
    });
  },
});
