import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { booted } from '../_shared/states.cs.js';
import { monitorCase, monitoringReport, monitorsPresent, severity } from './steps.cs.js';
import { thresholdMonitor } from './steps.alert.cs.js';

export const TC_N_53_CS = defineTestCase({
  id: 'TC_N_53_CS',
  title: 'Alert Event - Persistent over reboot',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.13'],
  catches: ['monitors-lost-on-reboot'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Memory State: an UpperThreshold of <Configured threshold monitor value> (errata: <... UpperThreshold trigger value>)
      // on Power of <Configured evseId>, set here, not graded. Reusable State Booted: the station reboots.
      const [id] = await monitorsPresent(ctx, [thresholdMonitor(ctx, 'UpperThreshold', configured(ctx, 'thresholdTriggerValue'), severity(ctx))]);
      await booted(ctx);
      // 1-4. GetMonitoringReport of the threshold monitors; every part received (requestId, seqNo while tbc).
      const monitors = await monitoringReport(ctx, { monitoringCriteria: ['ThresholdMonitoring'] }, 'Accepted', 'N07.FR.13');
      // Step 3 (validated): the report holds the monitor set before the reboot, type UpperThreshold.
      const kept = monitors.flatMap((m) => m.variableMonitoring ?? []).find((v) => v.id === id);
      expect(kept?.id, `N07.FR.13: NotifyMonitoringReportRequest monitor variableMonitoring.id ${id!} (set before the reboot)`).to.equal(id);
      expect(kept?.type, 'N07.FR.13: NotifyMonitoringReportRequest monitor variableMonitoring.type').to.equal('UpperThreshold');
    });
  },
});
