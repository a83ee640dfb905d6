import { defineTestCase } from '../../kit.js';
import { newRequestId } from './steps.cs.js';
import { OPTIONAL_CRITERIA, configuredUnsupported, reasonIs, unsupportedFeature } from './steps.unsupported.cs.js';

// N02 Get Monitoring Report - for unknown component criteria (Part 6). Not listed in Part 5 for the station: it goes with
// the other GetMonitoringReport cases (Advanced Device Management), for a station with an unsupported monitoringCriteria.
export const TC_N_04_CS = defineTestCase({
  id: 'TC_N_04_CS',
  title: 'Get Monitoring Report - for unknown component criteria',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: OPTIONAL_CRITERIA.map((c) => unsupportedFeature('monitoringCriteria', c)).join(' or ') }],
  covers: ['N02', 'N02.FR.02'],
  catches: ['monitoring-report-unsupported-criteria-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const unsupported = configuredUnsupported(ctx, 'monitoringCriteria', OPTIONAL_CRITERIA);
    if (!unsupported) return ctx.fail('the ICS names no unsupported monitoringCriteria');
    // 2. GetMonitoringReportRequest monitoringCriteria {DeltaMonitoring, <Configured Unsupported monitoringCriteria>}, no componentVariable.
    const res = await sut.call('GetMonitoringReport', { requestId: newRequestId(), monitoringCriteria: ['DeltaMonitoring', unsupported] }, { requirement: 'N02.FR.02' });
    // 1. GetMonitoringReportResponse: NotSupported; statusInfo absent or reasonCode UnsupportedParam / InvalidValue.
    expect(res.status, 'N02.FR.02: GetMonitoringReportResponse status').to.equal('NotSupported');
    reasonIs(ctx, res.statusInfo, 'N02.FR.02: GetMonitoringReportResponse statusInfo.reasonCode');
  },
});
