import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, setMonitors } from './steps.cs.js';

export const TC_N_10_CS = defineTestCase({
  id: 'TC_N_10_CS',
  title: 'Set Variable Monitoring - Multiple monitors on the same component and variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.08', 'N04.FR.11'],
  catches: ['monitor-second-on-variable-duplicate'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1-2. Two Delta monitors on AvailabilityState of <Configured evseId>, severities 8 and 7: both Accepted with an id (validated).
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const data = [delta(ctx, target, 8), delta(ctx, target, 7)];
      const results = await setMonitors(ctx, data);
      results.forEach((r, i) => {
        expectResult(ctx, r, data[i]!, ['Accepted'], ['NoError'], 'N04.FR.08');
        ctx.expect(r.id, 'N04.FR.11: setMonitoringResult id of the new monitor').to.be.a('number');
      });
      ctx.expect(results[0]!.id, 'N04.FR.11: each monitor its own id').to.not.equal(results[1]!.id);
    });
  },
});
