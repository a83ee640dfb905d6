import { defineTestCase } from '../../kit.js';
import { queuedMeterValues } from './steps.cs.js';

export const TC_E_33_CS = defineTestCase({
  id: 'TC_E_33_CS',
  title: 'Check Transaction status - Without transactionId - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.06', 'E14.FR.07'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing'],
  async run(ctx) {
    await queuedMeterValues(ctx, false);
  },
});
