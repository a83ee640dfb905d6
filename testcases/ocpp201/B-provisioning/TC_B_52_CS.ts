import { defineTestCase } from '../../kit.js';
import { statusAfterOutage } from './steps.offline.cs.js';

export const TC_B_52_CS = defineTestCase({
  id: 'TC_B_52_CS',
  title: 'Status change during offline period - < Offline Threshold',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B04', 'B04.FR.02'],
  catches: ['no-status-after-reconnect'],
  async run(ctx) {
    // RetryBackOffWaitMinimum = offline threshold - 2 s: the station is back before the threshold.
    await statusAfterOutage(ctx, false, 'B04.FR.02');
  },
});
