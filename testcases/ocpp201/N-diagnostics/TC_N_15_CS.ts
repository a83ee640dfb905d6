import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_15_CS = defineTestCase({
  id: 'TC_N_15_CS',
  title: 'Set Variable Monitoring - Duplicate Variable type/severity combination',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.10'],
  catches: ['monitor-duplicate-accepted'],
  async run(ctx) {
    await monitorCase(ctx, async () => {
      // 1. Two Delta monitors of the same severity on AvailabilityState of <Configured evseId>.
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const data = [delta(ctx, target, severity(ctx)), delta(ctx, target, severity(ctx))];
      const results = await setMonitors(ctx, data);
      // 2. In arbitrary order: one Accepted with an id, one Duplicate (validated).
      const statuses = results.map((r) => r.status).sort();
      ctx.expect(statuses, 'N04.FR.10: setMonitoringResult statuses (one Accepted, one Duplicate)').to.deep.equal(['Accepted', 'Duplicate']);
      results.forEach((r, i) => expectResult(ctx, r, data[i]!, ['Accepted', 'Duplicate'], ['NoError', 'InvalidValue'], 'N04.FR.10'));
    });
  },
});
