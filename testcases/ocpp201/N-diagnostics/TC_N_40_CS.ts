import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, monitorCase, monitoringReport, monitorsPresent, setMonitors } from './steps.cs.js';

export const TC_N_40_CS = defineTestCase({
  id: 'TC_N_40_CS',
  title: 'Set Variable Monitoring - Replace Variable Monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.12'],
  catches: ['monitor-replace-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Memory State: a Delta monitor with severity 5 on AvailabilityState of the configured EVSE (set here, not graded).
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const [id] = await monitorsPresent(ctx, [delta(ctx, target, 5)]);
      // 1-2. SetVariableMonitoring with its id, Delta, severity 4: Accepted, type Delta, EVSE AvailabilityState (validated).
      const [r] = await setMonitors(ctx, [{ ...delta(ctx, target, 4), id }]);
      expect(r!.status, 'N04.FR.12: setMonitoringResult status').to.equal('Accepted');
      expect(r!.type, 'N04.FR.12: setMonitoringResult type').to.equal('Delta');
      // 3-6. GetMonitoringReport DeltaMonitoring for EVSE AvailabilityState: Accepted; the monitor has severity 4 (validated).
      const reported = await monitoringReport(ctx, { monitoringCriteria: ['DeltaMonitoring'], componentVariable: [target] }, 'Accepted', 'N04.FR.12');
      const severities = reported.flatMap((m) => m.variableMonitoring.filter((v) => v.id === id).map((v) => v.severity));
      expect(severities, `N04.FR.12: the replaced monitor ${String(id)} is reported with severity 4`).to.deep.equal([4]);
    });
  },
});
