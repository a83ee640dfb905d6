import { defineTestCase } from '../../kit.js';
import { BASES, configuredUnsupported, reasonIs, unsupportedFeature } from './steps.unsupported.cs.js';

// N03 Set Monitoring Base - for unknown base type (Part 6). Not listed in Part 5 for the station: it goes with the other
// SetMonitoringBase cases (Advanced Device Management), for a station with an unsupported monitoringBase.
export const TC_N_07_CS = defineTestCase({
  id: 'TC_N_07_CS',
  title: 'Set Monitoring Base - for unknown base type',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: BASES.map((b) => unsupportedFeature('monitoringBase', b)).join(' or ') }],
  covers: ['N03', 'N03.FR.02'],
  catches: ['monitoring-base-unsupported-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const unsupported = configuredUnsupported(ctx, 'monitoringBase', BASES);
    if (!unsupported) return ctx.fail('the ICS names no unsupported monitoringBase');
    // 1. SetMonitoringBaseRequest monitoringBase = <Configured unsupported_monitoringBase>.
    const res = await sut.call('SetMonitoringBase', { monitoringBase: unsupported }, { requirement: 'N03.FR.02' });
    // 2. SetMonitoringBaseResponse: NotSupported; statusInfo absent or reasonCode UnsupportedParam / InvalidValue.
    expect(res.status, 'N03.FR.02: SetMonitoringBaseResponse status').to.equal('NotSupported');
    reasonIs(ctx, res.statusInfo, 'N03.FR.02: SetMonitoringBaseResponse statusInfo.reasonCode');
  },
});
