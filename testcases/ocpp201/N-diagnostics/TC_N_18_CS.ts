import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, monitorCase, monitoringReport, monitorsPresent } from './steps.cs.js';

export const TC_N_18_CS = defineTestCase({
  id: 'TC_N_18_CS',
  title: 'Clear Monitoring - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N06', 'N06.FR.01', 'N02.FR.10'],
  catches: ['clear-monitor-ignored'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // Memory State: monitors on AvailabilityState of ChargingStation and of EVSE (set here, not graded).
      const targets = [cv('ChargingStation', 'AvailabilityState'), cv('EVSE', 'AvailabilityState', configuredEvse(ctx))];
      const ids = await monitorsPresent(ctx, targets.map((t) => delta(ctx, t, 8)));
      // 1-2. ClearVariableMonitoring {ID1, ID2}: both Accepted, statusInfo absent or NoError (validated).
      const res = await ctx.sut.call('ClearVariableMonitoring', { id: ids }, { requirement: 'N06.FR.01' });
      for (const id of ids) {
        const r = (res.clearMonitoringResult ?? []).find((x) => x.id === id);
        ctx.expect(r?.status, `N06.FR.01: clearMonitoringResult status of monitor ${id}`).to.equal('Accepted');
        if (r?.statusInfo) ctx.expect(r.statusInfo.reasonCode, 'N06.FR.01: clearMonitoringResult statusInfo.reasonCode').to.equal('NoError');
      }
      // 3-4. GetMonitoringReport for both variables: EmptyResultSet (validated).
      await monitoringReport(ctx, { componentVariable: targets }, 'EmptyResultSet', 'N02.FR.10');
    });
  },
});
