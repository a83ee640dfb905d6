import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_12_CS = defineTestCase({
  id: 'TC_N_12_CS',
  title: 'Set Variable Monitoring - Value out of range - Delta monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.14'],
  catches: ['monitor-negative-delta-accepted'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1. A Delta monitor with value -1 on AvailabilityState of <Configured evseId>. 2. Rejected, no id (validated).
      const d = delta(ctx, cv('EVSE', 'AvailabilityState', configuredEvse(ctx)), severity(ctx), -1);
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Rejected'], ['ValueOutOfRange', 'ValuePositiveOnly'], 'N04.FR.14');
    });
  },
});
