import { defineTestCase } from '../../kit.js';
import { queuedMeterValues } from './steps.cs.js';

export const TC_E_29_CS = defineTestCase({
  id: 'TC_E_29_CS',
  title: 'Check Transaction status - Transaction with id ongoing - with message in queue',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['E14', 'E14.FR.02', 'E14.FR.04'],
  catches: ['transaction-status-wrong-queue', 'transaction-status-wrong-ongoing', 'offline-flag-missing', 'tx-no-meter-values'],
  async run(ctx) {
    await queuedMeterValues(ctx, true);
  },
});
