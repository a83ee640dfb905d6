import { defineTestCase } from '../../kit.js';
import { newRequestId, statusInfoIs } from './steps.cs.js';
import { OPTIONAL_CRITERIA, unsupportedCriterion } from './steps.reports.cs.js';

export const TC_B_19_CS = defineTestCase({
  id: 'TC_B_19_CS',
  title: 'Get Custom Report - for unknown component criteria',
  version: '2.0.1',
  sut: 'CS',
  // Part 5 (edition 3) lists TC_B_19 for no side and the 2025-09 errata do not remove it: it goes with the other
  // custom report cases (Advanced Device Management), for a station with the prerequisite "one or more not
  // supported componentCriteria", which the ICS states as the feature 'Unsupported componentCriteria <value>'.
  profiles: [{ profile: 'Advanced Device Management', condition: OPTIONAL_CRITERIA.map(unsupportedCriterion).join(' or ') }],
  covers: ['B08', 'B08.FR.02'],
  catches: ['report-unsupported-criteria-accepted'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const configured = OPTIONAL_CRITERIA.find((c) => ics.features.some((f) => f.toLowerCase() === unsupportedCriterion(c).toLowerCase()));
    if (!configured) return ctx.fail('the ICS names no unsupported componentCriteria');
    // 1-2. GetReportRequest componentCriteria {Available, <Configured Unsupported componentCriteria>}, no componentVariable.
    const res = await sut.call('GetReport', { requestId: newRequestId(), componentCriteria: ['Available', configured] });
    expect(res.status, 'B08.FR.02: GetReportResponse status').to.equal('NotSupported');
    statusInfoIs(ctx, res.statusInfo, ['UnsupportedParam', 'InvalidValue'], 'B08.FR.02: GetReportResponse statusInfo.reasonCode');
  },
});
