import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, monitoringReport, monitorsPresent, setMonitors, severity, typesOf } from './steps.cs.js';

export const TC_N_39_CS = defineTestCase({
  id: 'TC_N_39_CS',
  title: 'Set Variable Monitoring - Component/Variable combination does NOT correspond',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.16'],
  catches: ['monitor-id-mismatch-replaced'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Memory State: a Delta monitor on AvailabilityState of EVSE (set here, not graded).
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const [id] = await monitorsPresent(ctx, [delta(ctx, target, 8)]);
      // 1-2. SetVariableMonitoring with that monitor's id, UpperThreshold on Power of ChargingStation: Rejected (validated).
      const d = { id, value: 1, type: 'UpperThreshold' as const, severity: severity(ctx), component: { name: 'ChargingStation' }, variable: { name: 'Power' } };
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Rejected'], undefined, 'N04.FR.16');
      // 3-6. GetMonitoringReport: Accepted; the report still holds the EVSE AvailabilityState monitor (validated).
      const reported = await monitoringReport(ctx, {}, 'Accepted', 'N04.FR.16');
      expect(typesOf(reported, target), 'N04.FR.16: NotifyMonitoringReportRequest monitor EVSE AvailabilityState').to.include('Delta');
    });
  },
});
