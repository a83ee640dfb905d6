import { defineTestCase } from '../../kit.js';
import { statusAfterOutage } from './steps.offline.cs.js';

export const TC_B_51_CS = defineTestCase({
  id: 'TC_B_51_CS',
  title: 'Status change during offline period - > Offline Threshold',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B04', 'B04.FR.01'],
  catches: ['no-status-after-reconnect'],
  async run(ctx) {
    // RetryBackOffWaitMinimum = offline threshold + 2 s: the station is offline longer than the threshold.
    await statusAfterOutage(ctx, true, 'B04.FR.01');
  },
});
