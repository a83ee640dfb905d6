import { defineTestCase } from '../../kit.js';
import { retries } from './steps.cs.js';

export const TC_E_50_CS = defineTestCase({
  id: 'TC_E_50_CS',
  title: 'Retry sending transaction message when failed - Max retry count reached - CallError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E13', 'E13.FR.01', 'E13.FR.02', 'E13.FR.03', 'E13.FR.04'],
  catches: ['tx-no-retry', 'tx-retry-fixed-interval'],
  deadlineMs: 60_000,
  async run(ctx) {
    await retries(ctx, 'callerror', undefined);
  },
});
