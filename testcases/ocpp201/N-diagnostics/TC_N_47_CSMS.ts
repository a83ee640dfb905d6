import { defineTestCase } from '../../kit.js';
import { monitoringReport } from './steps.csms.js';

export const TC_N_47_CSMS = defineTestCase({
  id: 'TC_N_47_CSMS',
  title: 'Get Monitoring report - Report all',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N02'],
  catches: ['monitoring-report-adds-criteria', 'notify-monitoring-report-unhandled'],
  async run(ctx) {
    // 1-2. GetMonitoringReportRequest (validated: monitoringCriteria and componentVariable omitted), answered Accepted.
    const call = await monitoringReport(ctx, { answer: 'Accepted', monitors: [{ cv: { component: { name: 'ChargingStation' }, variable: { name: 'AvailabilityState' } }, type: 'Delta', value: 1 }] }, 'N02');
    ctx.expect(call.payload.monitoringCriteria, 'N02: GetMonitoringReportRequest monitoringCriteria omitted').to.equal(undefined);
    ctx.expect(call.payload.componentVariable, 'N02: GetMonitoringReportRequest componentVariable omitted').to.equal(undefined);
  },
});
