import { defineTestCase } from '../../kit.js';
import { configuredEvse, evseVariable, stationVariable, twoReports } from './steps.csms.js';

export const TC_N_03_CSMS = defineTestCase({
  id: 'TC_N_03_CSMS',
  title: 'Get Monitoring Report - with component criteria and component/variable',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10'],
  catches: ['monitoring-report-wrong-criteria', 'monitoring-report-drops-component'],
  async run(ctx) {
    // 1-2. DeltaMonitoring and AvailabilityState of <configured evseId>: EmptyResultSet.
    // 3-6. ThresholdMonitoring and Power of ChargingStation: Accepted, reported.
    await twoReports(ctx,
      { monitoringCriteria: ['DeltaMonitoring'], componentVariable: [evseVariable(configuredEvse(ctx), 'AvailabilityState')] },
      { monitoringCriteria: ['ThresholdMonitoring'], componentVariable: [stationVariable('Power')] }, 'UpperThreshold');
  },
});
