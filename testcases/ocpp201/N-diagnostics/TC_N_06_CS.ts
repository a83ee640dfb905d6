import { defineTestCase } from '../../kit.js';
import { cv, delta, monitorCase, monitoringReport, monitorsPresent, typesOf } from './steps.cs.js';

export const TC_N_06_CS = defineTestCase({
  id: 'TC_N_06_CS',
  title: 'Set Monitoring Base - test removal custom monitors',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N03', 'N03.FR.05', 'N02.FR.10'],
  catches: ['monitoring-base-keeps-custom'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await monitorCase(ctx, async () => {
      // Configuration State: a custom Delta monitor on AvailabilityState of ChargingStation (set here, not graded).
      const target = cv('ChargingStation', 'AvailabilityState');
      await monitorsPresent(ctx, [delta(ctx, target, 8)]);
      // 1-4. GetMonitoringReport for it: Accepted; one report (tbc absent or false) with the Delta monitor (validated).
      const before = await monitoringReport(ctx, { componentVariable: [target] }, 'Accepted', 'N02.FR.03');
      expect(typesOf(before, target), 'N02.FR.03: NotifyMonitoringReportRequest monitor ChargingStation AvailabilityState, type Delta').to.include('Delta');
      // 5-6. SetMonitoringBase HardWiredOnly: Accepted (validated).
      const res = await sut.call('SetMonitoringBase', { monitoringBase: 'HardWiredOnly' }, { requirement: 'N03.FR.05' });
      expect(res.status, 'N03.FR.05: SetMonitoringBaseResponse status').to.equal('Accepted');
      // 7-8. GetMonitoringReport again: EmptyResultSet, the custom monitor is gone (validated).
      await monitoringReport(ctx, { componentVariable: [target] }, 'EmptyResultSet', 'N03.FR.05');
    });
    // Not graded: back to the factory default monitoring.
    await sut.callRaw('SetMonitoringBase', { monitoringBase: 'FactoryDefault' });
  },
});
