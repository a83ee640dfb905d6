import { defineTestCase } from '../../kit.js';
import { configuredEvse, deltaMonitorsSet, evseVariable, stationVariable } from './steps.csms.js';

export const TC_N_09_CSMS = defineTestCase({
  id: 'TC_N_09_CSMS',
  title: 'Set Variable Monitoring - Multiple elements on different component and variable',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.01', 'N04.FR.02', 'N04.FR.17'],
  catches: ['set-monitoring-wrong-type'],
  async run(ctx) {
    // 1. Delta monitors, value 1, severity 8, on AvailabilityState of EVSE <Configured evseId> and of ChargingStation,
    // in one SetVariableMonitoringRequest (validated per entry); 2. each Accepted.
    await deltaMonitorsSet(ctx, [evseVariable(configuredEvse(ctx), 'AvailabilityState'), stationVariable('AvailabilityState')]);
  },
});
