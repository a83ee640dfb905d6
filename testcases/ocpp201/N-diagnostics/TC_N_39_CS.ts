/**
 * TC_N_39_CS (Part 6): Set Variable Monitoring - Component/Variable combination does NOT correspond. Errata 2025-09 6.2.92
 * applied: no Memory State; a Delta monitor on <Configured non-numeric delta component variable> (EVSE AvailabilityState),
 * then its id with <Configured numeric delta component variable> (EVSE Power): Rejected; the report still holds the first.
 */
import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, monitoringReport, setMonitors, severity } from './steps.cs.js';
import { evsePower } from './steps.alert.cs.js';

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
      // 1-2. A Delta monitor, value 1, on <Configured non-numeric delta component variable> (EVSE AvailabilityState of
      // <Configured evseId>): Accepted with an id, type Delta, that component/variable (validated).
      const nonNumeric = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const first = delta(ctx, nonNumeric, severity(ctx), 1);
      const [r1] = await setMonitors(ctx, [first]);
      expectResult(ctx, r1!, first, ['Accepted'], undefined, 'N04.FR.01');
      expect(r1!.id, 'N04.FR.01: setMonitoringResult id (not omitted)').to.be.a('number');
      const id = r1!.id!;
      // 3-4. The same id, a Delta monitor of 1 on <Configured numeric delta component variable> (EVSE Power): Rejected (validated).
      const second = { ...delta(ctx, evsePower(ctx), severity(ctx), 1), id };
      const [r2] = await setMonitors(ctx, [second]);
      expectResult(ctx, r2!, second, ['Rejected'], undefined, 'N04.FR.16');
      // 5-8. GetMonitoringReport: Accepted; a NotifyMonitoringReportRequest holds the step 2 monitor: the non-numeric variable,
      // its id, value 1, type Delta (validated).
      const reported = await monitoringReport(ctx, {}, 'Accepted', 'N04.FR.16');
      const kept = reported.some((m) => m.component?.name === nonNumeric.component.name && m.component.evse?.id === nonNumeric.component.evse?.id
        && m.variable?.name === nonNumeric.variable?.name && (m.variableMonitoring ?? []).some((v) => v.id === id && Number(v.value) === 1 && v.type === 'Delta'));
      expect(kept, `N04.FR.16: NotifyMonitoringReportRequest holds monitor ${id} (Delta, value 1) on EVSE AvailabilityState`).to.equal(true);
    });
  },
});
