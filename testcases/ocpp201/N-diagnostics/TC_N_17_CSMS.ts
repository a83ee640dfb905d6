import { defineTestCase } from '../../kit.js';
import { monitoringLevelSet } from './steps.csms.js';

export const TC_N_17_CSMS = defineTestCase({
  id: 'TC_N_17_CSMS',
  title: 'Set Monitoring Level - Out of range',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N05'],
  catches: ['monitoring-level-wrong'],
  async run(ctx) {
    // 1. SetMonitoringLevelRequest severity 4, 2. Rejected (Part 6 lists no tool validation; step 1 names severity 4).
    await monitoringLevelSet(ctx, 4, 'Rejected');
  },
});
