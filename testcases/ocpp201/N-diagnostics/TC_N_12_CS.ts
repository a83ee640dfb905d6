/**
 * TC_N_12_CS (Part 6): Set Variable Monitoring - Value out of range - Delta monitor. Errata 2025-09 6.2.87 applied: the Delta
 * monitor of -1 goes on <Configured numeric delta component variable> (EVSE Power of <Configured evseId>, as the N07 cases
 * take the configured numeric variable), no longer on AvailabilityState.
 */
import { defineTestCase } from '../../kit.js';
import { delta, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';
import { evsePower } from './steps.alert.cs.js';

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
      // 1. A Delta monitor with value -1 on <Configured numeric delta component variable>. 2. Rejected, no id (validated).
      const d = delta(ctx, evsePower(ctx), severity(ctx), -1);
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Rejected'], ['ValueOutOfRange', 'ValuePositiveOnly'], 'N04.FR.14');
    });
  },
});
