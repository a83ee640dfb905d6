import { defineTestCase } from '../../kit.js';
import { cv, label } from './steps.cs.js';
import { checkReported, customReport } from './steps.reports.cs.js';

export const TC_B_54_CS = defineTestCase({
  id: 'TC_B_54_CS',
  title: 'Get Custom Report - with component/variable, but no instance',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.21'],
  catches: ['report-absent-fields-match-none'],
  async run(ctx) {
    // 1-4. GetReport DeviceDataCtrlr.ItemsPerMessage without instance: every instance is reported.
    const data = await customReport(ctx, { componentVariable: [cv('DeviceDataCtrlr', 'ItemsPerMessage')] });
    ctx.expect(data.map(label), 'B08.FR.11: only DeviceDataCtrlr.ItemsPerMessage is reported')
      .to.satisfy((labels: string[]) => labels.every((l) => l.startsWith('DeviceDataCtrlr.ItemsPerMessage')));
    checkReported(ctx, data, [cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport'), cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables')], 'B08.FR.21');
  },
});
