import { defineTestCase } from '../../kit.js';
import { monitoringLevelSet } from './steps.csms.js';

export const TC_N_16_CSMS = defineTestCase({
  id: 'TC_N_16_CSMS',
  title: 'Set Monitoring Level - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N05'],
  catches: ['monitoring-level-wrong'],
  async run(ctx) {
    // 1. SetMonitoringLevelRequest severity 4 (validated), 2. Accepted.
    await monitoringLevelSet(ctx, 4, 'Accepted');
  },
});
