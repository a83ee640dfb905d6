import { defineTestCase } from '../../kit.js';
import { configuredEvse, deltaMonitorsSet, evseVariable } from './steps.csms.js';

export const TC_N_08_CSMS = defineTestCase({
  id: 'TC_N_08_CSMS',
  title: 'Set Variable Monitoring - One SetMonitoringData element',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N04'],
  catches: ['set-monitoring-wrong-type'],
  async run(ctx) {
    // 1. A Delta monitor, severity 8, on AvailabilityState of EVSE <Configured evseId>; 2. Accepted.
    await deltaMonitorsSet(ctx, [evseVariable(configuredEvse(ctx), 'AvailabilityState')]);
  },
});
