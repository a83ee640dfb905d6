import { defineTestCase } from '../../kit.js';
import { cv, delta, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_11_CS = defineTestCase({
  id: 'TC_N_11_CS',
  title: 'Set Variable Monitoring - Unknown component',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.03'],
  catches: ['monitor-unknown-component-accepted'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1. Delta on AvailabilityState of EVSE 99 (assumed not to exist) and UpperThreshold 1234.0 on Power of "NonExistent".
      const sev = severity(ctx);
      const data = [
        delta(ctx, cv('EVSE', 'AvailabilityState', 99), sev),
        { value: 1234.0, type: 'UpperThreshold' as const, severity: sev, component: { name: 'NonExistent' }, variable: { name: 'Power' } },
      ];
      const [evse, none] = await setMonitors(ctx, data);
      // 2. UnknownComponent or Rejected for EVSE 99; UnknownComponent (UnknownVariable allowed) for NonExistent; no id (validated).
      expectResult(ctx, evse!, data[0]!, ['UnknownComponent', 'Rejected'], ['UnknownEVSE', 'NotFound'], 'N04.FR.03');
      expectResult(ctx, none!, data[1]!, ['UnknownComponent', 'UnknownVariable'], ['NotFound'], 'N04.FR.03');
    });
  },
});
