import { defineTestCase } from '../../kit.js';
import { retries } from './steps.cs.js';

export const TC_E_51_CS = defineTestCase({
  id: 'TC_E_51_CS',
  title: 'Retry sending transaction message when failed - Success before reaching the max retry count - CallError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03'],
  catches: ['tx-no-retry'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'callerror', 2);
  },
});
