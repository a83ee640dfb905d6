import { defineTestCase } from '../../kit.js';
import { cv, label } from './steps.cs.js';
import { customReport } from './steps.reports.cs.js';

export const TC_B_55_CS = defineTestCase({
  id: 'TC_B_55_CS',
  title: 'Get Custom Report - with component/variable/instance',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14'],
  catches: ['report-instance-ignored'],
  async run(ctx) {
    // 1-4. GetReport DeviceDataCtrlr.ItemsPerMessage[GetReport]: that instance only.
    const wanted = cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport');
    const data = await customReport(ctx, { componentVariable: [wanted] });
    ctx.expect(data.map(label), 'B08.FR.11: the report holds the requested instance only').to.deep.equal([label(wanted)]);
  },
});
