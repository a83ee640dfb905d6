import { defineTestCase } from '../../kit.js';
import { newRequestId, statusInfoIs } from './steps.cs.js';

export const TC_B_15_CS = defineTestCase({
  id: 'TC_B_15_CS',
  title: 'Get Base Report - Not Supported base report',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-56' }],
  covers: ['B07', 'B07.FR.02'],
  catches: ['summary-unsupported-accepted'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // 1. GetBaseReport SummaryInventory.
    const res = await sut.call('GetBaseReport', { requestId: newRequestId(), reportBase: 'SummaryInventory' });
    // 2. NotSupported.
    expect(res.status, 'B07.FR.02: GetBaseReportResponse status').to.equal('NotSupported');
    statusInfoIs(ctx, res.statusInfo, ['UnsupportedParam'], 'B07.FR.02: GetBaseReportResponse statusInfo.reasonCode');
    // Note: the OCTT waits to make sure the station sends no NotifyReport.
    await sut.expectNoCall('NotifyReport', ics.timeouts.messageMs, { requirement: 'B07.FR.05' });
  },
});
