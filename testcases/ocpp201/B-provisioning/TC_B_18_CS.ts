import { defineTestCase } from '../../kit.js';
import { configuredConnector, cv, newRequestId, statusInfoIs } from './steps.cs.js';
import { checkEvseAvailabilityReport, customReport } from './steps.reports.cs.js';

export const TC_B_18_CS = defineTestCase({
  id: 'TC_B_18_CS',
  title: 'Get Custom Report - with component criteria and component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.05', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.15'],
  catches: ['report-criteria-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const { evseId } = configuredConnector(ctx);
    const evseAvailability = [cv('EVSE', 'AvailabilityState', undefined, { id: evseId })];
    // 1-4. EVSE #1 AvailabilityState of Available components.
    const data = await customReport(ctx, { componentCriteria: ['Available'], componentVariable: evseAvailability });
    checkEvseAvailabilityReport(ctx, data, evseId, 'B08.FR.05');
    // 5-6. EVSE #1 AvailabilityState of Problem components: EmptyResultSet.
    const res = await sut.call('GetReport', { requestId: newRequestId(), componentCriteria: ['Problem'], componentVariable: evseAvailability });
    expect(res.status, 'B08.FR.15: GetReportResponse status').to.equal('EmptyResultSet');
    statusInfoIs(ctx, res.statusInfo, ['NotFound'], 'B08.FR.15: GetReportResponse statusInfo.reasonCode');
  },
});
