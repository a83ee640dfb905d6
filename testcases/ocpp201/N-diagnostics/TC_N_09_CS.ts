import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, delta, expectResult, monitorCase, monitoringReport, setMonitors, severity } from './steps.cs.js';

export const TC_N_09_CS = defineTestCase({
  id: 'TC_N_09_CS',
  title: 'Set Variable Monitoring - Multiple elements on different component and variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.01', 'N04.FR.02', 'N04.FR.08', 'N04.FR.11'],
  catches: ['monitor-batch-first-only'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // 1. Delta monitors of value 1, <Configured severity>, on AvailabilityState of EVSE <Configured evseId> and of ChargingStation.
      const sev = severity(ctx);
      const evse = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const station = cv('ChargingStation', 'AvailabilityState');
      const data = [delta(ctx, evse, sev), delta(ctx, station, sev)];
      const results = await setMonitors(ctx, data);
      // 2. Each: Accepted, an id of the new monitor, type Delta, the severity, the component/variable, statusInfo absent or NoError (validated).
      results.forEach((r, i) => {
        expectResult(ctx, r, data[i]!, ['Accepted'], ['NoError'], 'N04.FR.08');
        expect(r.id, `N04.FR.11: setMonitoringResult id of the new monitor on ${data[i]!.component.name}`).to.be.a('number');
      });
      // 3-6. GetMonitoringReport for both component/variables: Accepted, then the report parts (requestId, seqNo from 0 by 1 while tbc).
      await monitoringReport(ctx, { componentVariable: [evse, station] }, 'Accepted', 'N02.FR.01');
    });
  },
});
