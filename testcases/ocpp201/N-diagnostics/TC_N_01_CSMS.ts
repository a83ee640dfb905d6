/** TC_N_01_CSMS (Part 6): Get Monitoring Report - with monitoringCriteria. Errata 2025-09 6.3.20 applied: componentVariable omitted. */
import { defineTestCase } from '../../kit.js';
import { twoReports } from './steps.csms.js';

export const TC_N_01_CSMS = defineTestCase({
  id: 'TC_N_01_CSMS',
  title: 'Get Monitoring Report - with monitoringCriteria',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10'],
  catches: ['monitoring-report-wrong-criteria', 'notify-monitoring-report-unhandled', 'monitoring-report-untested-filter'],
  async run(ctx) {
    // Memory State: the CSMS asks ItemsPerMessage[ClearVariableMonitoring]. 1-2. all DeltaMonitoring: EmptyResultSet.
    // 3-6. all ThresholdMonitoring: Accepted, the station reports its threshold monitor.
    // Errata 2025-09 6.3.20: componentVariable omitted in both requests.
    await twoReports(ctx, { monitoringCriteria: ['DeltaMonitoring'], onlyFilter: true }, { monitoringCriteria: ['ThresholdMonitoring'], onlyFilter: true }, 'UpperThreshold');
  },
});
