import { defineTestCase } from '../../kit.js';
import { twoReports } from './steps.csms.js';

export const TC_N_01_CSMS = defineTestCase({
  id: 'TC_N_01_CSMS',
  title: 'Get Monitoring Report - with monitoringCriteria',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10'],
  catches: ['monitoring-report-wrong-criteria', 'notify-monitoring-report-unhandled'],
  async run(ctx) {
    // Memory State: the CSMS asks ItemsPerMessage[ClearVariableMonitoring]. 1-2. all DeltaMonitoring: EmptyResultSet.
    // 3-6. all ThresholdMonitoring: Accepted, the station reports its threshold monitor.
    await twoReports(ctx, { monitoringCriteria: ['DeltaMonitoring'] }, { monitoringCriteria: ['ThresholdMonitoring'] }, 'UpperThreshold');
  },
});
