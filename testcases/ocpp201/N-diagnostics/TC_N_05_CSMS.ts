import { defineTestCase } from '../../kit.js';
import { monitoringBaseSet } from './steps.csms.js';

export const TC_N_05_CSMS = defineTestCase({
  id: 'TC_N_05_CSMS',
  title: 'Set Monitoring Base - success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N03'],
  catches: ['monitoring-base-wrong'],
  async run(ctx) {
    // 1-2. All, 3-4. FactoryDefault, 5-6. HardWiredOnly (validated: monitoringBase each time).
    await monitoringBaseSet(ctx, 'All');
    await monitoringBaseSet(ctx, 'FactoryDefault');
    await monitoringBaseSet(ctx, 'HardWiredOnly');
  },
});
