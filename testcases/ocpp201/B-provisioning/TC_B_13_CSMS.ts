import { defineTestCase } from '../../kit.js';
import { baseReport } from './steps.csms.js';

export const TC_B_13_CSMS = defineTestCase({
  id: 'TC_B_13_CSMS',
  title: 'Get Base Report - FullInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-50.2' }],
  covers: ['B07', 'B07.FR.08'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'FullInventory', 'B07.FR.08');
  },
});
