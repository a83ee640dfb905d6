import { defineTestCase } from '../../kit.js';
import { configuredEvse, evseVariable, stationVariable, twoReports } from './steps.csms.js';

export const TC_N_60_CSMS = defineTestCase({
  id: 'TC_N_60_CSMS',
  title: 'Get Monitoring Report - with component criteria and list of components/variables',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10'],
  catches: ['monitoring-report-wrong-criteria', 'monitoring-report-drops-component'],
  async run(ctx) {
    // Part 6's main steps and its tool validations disagree on the variable and the criteria of each step;
    // the tool validations decide: AvailabilityState of ChargingStation and of <configured evseId>,
    // 1-2. DeltaMonitoring: EmptyResultSet, 3-6. ThresholdMonitoring: Accepted, reported.
    const both = [stationVariable('AvailabilityState'), evseVariable(configuredEvse(ctx), 'AvailabilityState')];
    await twoReports(ctx, { monitoringCriteria: ['DeltaMonitoring'], componentVariable: both }, { monitoringCriteria: ['ThresholdMonitoring'], componentVariable: both }, 'UpperThreshold');
  },
});
