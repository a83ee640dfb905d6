/** TC_N_02_CSMS (Part 6): Get Monitoring Report - with component/variable. Errata 2025-09 6.3.20 / 6.3.21 applied: monitoringCriteria and the instances omitted. */
import { defineTestCase } from '../../kit.js';
import { configuredEvse, evseVariable, stationVariable, twoReports } from './steps.csms.js';

export const TC_N_02_CSMS = defineTestCase({
  id: 'TC_N_02_CSMS',
  title: 'Get Monitoring Report - with component/variable',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02', 'N02.FR.05', 'N02.FR.10'],
  catches: ['monitoring-report-drops-component', 'notify-monitoring-report-unhandled', 'monitoring-report-untested-filter'],
  async run(ctx) {
    // 1-2. Power of ChargingStation: EmptyResultSet. 3-6. AvailabilityState of EVSE #1: Accepted, reported.
    // (Part 6 writes componentVariable[1] at step 3; the request of step 3 is a new request whose only entry is [0].)
    // Errata 2025-09 6.3.20 / 6.3.21: monitoringCriteria omitted, and the component / variable instances.
    await twoReports(ctx, { componentVariable: [stationVariable('Power')], onlyFilter: true }, { componentVariable: [evseVariable(configuredEvse(ctx), 'AvailabilityState')], onlyFilter: true }, 'Delta');
  },
});
