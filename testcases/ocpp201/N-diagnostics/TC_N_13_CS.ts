/**
 * TC_N_13_CS (Part 6): Set Variable Monitoring - Value out of range - Threshold monitor. Errata 2025-09 6.2.88 applied (matched):
 * <Configured threshold monitor component variable with maxLimit> is EVSE Power of <Configured evseId>, the value
 * <Configured threshold monitor value> above its maxLimit.
 */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { configuredEvse, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_13_CS = defineTestCase({
  id: 'TC_N_13_CS',
  title: 'Set Variable Monitoring - Value out of range - Threshold monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.06'],
  catches: ['monitor-threshold-out-of-range-accepted'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1. An UpperThreshold of <Configured threshold monitor value> on <Configured threshold monitor component variable>:
      // Power of EVSE <Configured evseId> (Part 6's note: EVSE Power and its maxLimit are required), above its maxLimit.
      const d = { value: configured(ctx, 'thresholdMonitorValue'), type: 'UpperThreshold' as const, severity: severity(ctx), component: { name: 'EVSE', evse: { id: configuredEvse(ctx) } }, variable: { name: 'Power' } };
      const [r] = await setMonitors(ctx, [d]);
      // 2. Rejected, no id, statusInfo absent or ValueOutOfRange (Part 6 writes "ValueOfRange") (validated).
      expectResult(ctx, r!, d, ['Rejected'], ['ValueOutOfRange', 'ValueOfRange'], 'N04.FR.06');
    });
  },
});
