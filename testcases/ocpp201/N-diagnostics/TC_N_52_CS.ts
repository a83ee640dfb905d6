import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted, stopAuthorized } from '../_shared/transaction-states.cs.js';
import { monitorCase, monitorsPresent } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, atMonitoringLevel, evsePower, thresholdMonitor, watchAlert } from './steps.alert.cs.js';

export const TC_N_52_CS = defineTestCase({
  id: 'TC_N_52_CS',
  title: 'Set Variable Monitoring - Removing a VariableMonitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.12', 'N06.FR.01'],
  catches: ['clear-monitor-ignored', 'removed-threshold-reports-cleared'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await atMonitoringLevel(ctx, ALERT_LEVEL, () => monitorCase(ctx, async () => {
      // Memory State (errata 2025-09): an UpperThreshold of <... UpperThreshold trigger value> (Part 6: 0.0 for Power),
      // severity 5, on Power of <Configured evseId>; monitoring level 8. Set here, not graded.
      const [id] = await monitorsPresent(ctx, [thresholdMonitor(ctx, 'UpperThreshold', configured(ctx, 'thresholdTriggerValue'), ALERT_SEVERITY)]);
      await transactionCase(ctx, {}, async () => {
        // Charging State: EnergyTransferStarted triggers the monitor (awaited, not graded: the case needs it exceeded).
        const triggered = watchAlert(ctx, id!, '(EVSE Power above the UpperThreshold)', 'N07.FR.16', (e) => e.cleared !== true);
        await energyTransferStarted(ctx);
        await triggered.event.catch(() => { throw new CaseInconclusive(`the monitor ${id!} the case needs exceeded raised no NotifyEvent`); });
        // 1-2. ClearVariableMonitoring of the monitor: Accepted with its id (validated).
        const res = await sut.call('ClearVariableMonitoring', { id: [id!] }, { requirement: 'N06.FR.01' });
        const since = Date.now();
        const r = (res.clearMonitoringResult ?? [])[0];
        expect(r?.status, 'N06.FR.01: clearMonitoringResult[0] status').to.equal('Accepted');
        expect(r?.id, 'N06.FR.01: clearMonitoringResult[0] id').to.equal(id);
        // 3-4. GetMonitoringReport of the threshold monitors on the component/variable: EmptyResultSet (validated).
        const report = await sut.call('GetMonitoringReport', { requestId: 7500, componentVariable: [evsePower(ctx)], monitoringCriteria: ['ThresholdMonitoring'] }, { requirement: 'N06.FR.01' });
        expect(report.status, 'N06.FR.01: GetMonitoringReportResponse status (the monitor is gone)').to.equal('EmptyResultSet');
        // 5. StopAuthorized: the power drops below the removed threshold. 6. No NotifyEvent of the removed monitor (validated).
        const none = sut.expectNoCall('NotifyEvent', ics.timeouts.messageMs, {
          since, requirement: 'N07.FR.12', describe: `with variableMonitoringId ${id!} (removed)`,
          filter: (p) => (p.eventData ?? []).some((e) => e.variableMonitoringId === id),
        });
        await stopAuthorized(ctx);
        await none;
      });
    }));
  },
});
