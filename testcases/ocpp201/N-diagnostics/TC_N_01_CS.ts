/**
 * TC_N_01_CS (Part 6): Get Monitoring Report - with monitoringCriteria. Errata 2025-09 6.2.86 applied (matched): the
 * Configuration State's monitors on <Configured threshold monitor component variable> and <Configured numeric delta
 * component variable>.
 */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { monitorCase, monitoringReport, monitorsPresent, severity, typesOf, type MonitoringData } from './steps.cs.js';
import { evsePower, thresholdMonitor } from './steps.alert.cs.js';

type Criterion = 'ThresholdMonitoring' | 'DeltaMonitoring' | 'PeriodicMonitoring';

/** Steps 1-3, 5-7, 9-11: the monitoringCriteria of each request and the monitor types its report may hold (N02.FR.12-14). */
const ROUNDS: Array<{ criteria: Criterion[]; types: string[] }> = [
  { criteria: ['ThresholdMonitoring'], types: ['UpperThreshold', 'LowerThreshold'] },
  { criteria: ['ThresholdMonitoring', 'DeltaMonitoring'], types: ['UpperThreshold', 'LowerThreshold', 'Delta'] },
  { criteria: ['DeltaMonitoring', 'PeriodicMonitoring'], types: ['Delta', 'Periodic', 'PeriodicClockAligned'] },
];

export const TC_N_01_CS = defineTestCase({
  id: 'TC_N_01_CS',
  title: 'Get Monitoring Report - with monitoringCriteria',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.01', 'N02.FR.03', 'N02.FR.04', 'N02.FR.05', 'N02.FR.06', 'N02.FR.09', 'N02.FR.12', 'N02.FR.13', 'N02.FR.14'],
  catches: ['monitoring-report-criteria-ignored'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // Configuration State (errata 2025-09), set here, not graded: LowerThreshold / UpperThreshold (their trigger values) and
      // Periodic (<Configured Clock Aligned MeterValues Interval>) on <Configured threshold monitor component variable>; Delta and
      // PeriodicClockAligned on <Configured numeric delta component variable>. Both: Power of <Configured evseId>.
      const sev = severity(ctx);
      const target = evsePower(ctx);
      const interval = Math.max(1, Math.ceil(configured(ctx, 'alignedDataIntervalMs') / 1000));
      const on = (type: MonitoringData['type'], value: number): MonitoringData => ({ value, type, severity: sev, component: target.component, variable: target.variable! });
      await monitorsPresent(ctx, [
        thresholdMonitor(ctx, 'LowerThreshold', configured(ctx, 'lowerThresholdValue'), sev),
        thresholdMonitor(ctx, 'UpperThreshold', configured(ctx, 'thresholdTriggerValue'), sev),
        on('Periodic', interval), on('Delta', configured(ctx, 'thresholdTriggerValue')), on('PeriodicClockAligned', interval),
      ]);
      for (const { criteria, types } of ROUNDS) {
        // GetMonitoringReport with the criteria: Accepted, statusInfo absent or NoError; every part (requestId, seqNo by 1 while
        // tbc) holds only monitors of the criteria's types (validated).
        const monitors = await monitoringReport(ctx, { monitoringCriteria: criteria }, 'Accepted', 'N02.FR.06');
        for (const type of typesOf(monitors)) {
          expect(type, `N02.FR.06: NotifyMonitoringReportRequest monitor variableMonitoring.type (monitoringCriteria ${criteria.join(', ')})`).to.be.oneOf(types);
        }
      }
    });
  },
});
