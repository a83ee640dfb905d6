import { defineTestCase } from '../../kit.js';
import { baseReport } from './steps.csms.js';

export const TC_B_12_CSMS = defineTestCase({
  id: 'TC_B_12_CSMS',
  title: 'Get Base Report - ConfigurationInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-17' }, 'Advanced Device Management'],
  covers: ['B07', 'B07.FR.07'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'ConfigurationInventory', 'B07.FR.07');
  },
});
