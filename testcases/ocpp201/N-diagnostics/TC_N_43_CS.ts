import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { monitorCase, setMonitors, severity, type MonitoringData } from './steps.cs.js';
import { evsePower, thresholdMonitor } from './steps.alert.cs.js';

export const TC_N_43_CS = defineTestCase({
  id: 'TC_N_43_CS',
  title: 'Set Variable Monitoring - First SetMonitoringData and third SetMonitoringData are valid, but the second contains an out of range value',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.01', 'N04.FR.08', 'N04.FR.14'],
  catches: ['monitor-negative-delta-accepted'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // 1. (errata 2025-09) UpperThreshold <Configured ... UpperThreshold trigger value> and LowerThreshold <Configured threshold
      // monitor2 value> on <Configured threshold monitor component variable>, between them a Delta of -1.0 on <Configured numeric
      // delta component variable>: Power of <Configured evseId> for both.
      const sev = severity(ctx);
      const target = evsePower(ctx);
      const data: MonitoringData[] = [
        thresholdMonitor(ctx, 'UpperThreshold', configured(ctx, 'thresholdTriggerValue'), sev),
        { value: -1.0, type: 'Delta', severity: sev, component: target.component, variable: target.variable! },
        thresholdMonitor(ctx, 'LowerThreshold', configured(ctx, 'lowerThresholdValue'), sev),
      ];
      const results = await setMonitors(ctx, data);
      // 2. In arbitrary order: UpperThreshold Accepted, Delta Rejected, LowerThreshold Accepted; statusInfo of the
      // accepted ones absent or NoError (validated; errata 2025-09 removed the statusInfo validation of the rejected one).
      const expected = ['Accepted', 'Rejected', 'Accepted'];
      results.forEach((r, i) => {
        const d = data[i]!;
        expect(r.status, `N04.FR.${i === 1 ? '14' : '08'}: setMonitoringResult status of the ${d.type} monitor (value ${d.value})`).to.equal(expected[i]);
        expect(r.type, 'N04.FR.02: setMonitoringResult type').to.equal(d.type);
        if (expected[i] === 'Accepted' && r.statusInfo) expect(r.statusInfo.reasonCode, 'N04.FR.08: setMonitoringResult statusInfo.reasonCode').to.equal('NoError');
      });
    });
  },
});
