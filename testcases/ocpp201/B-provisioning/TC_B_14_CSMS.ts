import { defineTestCase } from '../../kit.js';
import { baseReport } from './steps.csms.js';

export const TC_B_14_CSMS = defineTestCase({
  id: 'TC_B_14_CSMS',
  title: 'Get Base Report - SummaryInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['B07', 'B07.FR.09'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'SummaryInventory', 'B07.FR.09');
  },
});
