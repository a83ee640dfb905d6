import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_37_CS = defineTestCase({
  id: 'TC_N_37_CS',
  title: 'Set Variable Monitoring - Unknown Variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.04'],
  catches: ['monitor-unknown-variable-accepted'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1. A Delta monitor on variable "unknownVariable" of EVSE (<Configured evseId>). 2. UnknownVariable (validated).
      const d = delta(ctx, cv('EVSE', 'unknownVariable', configuredEvse(ctx)), severity(ctx));
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['UnknownVariable'], undefined, 'N04.FR.04');
    });
  },
});
