import { defineTestCase } from '../../kit.js';
import { resetWithTransaction } from './steps.cs.js';

export const TC_016_CS = defineTestCase({
  id: 'TC_016_CS',
  title: 'Soft Reset With Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.14', '4.10'],
  catches: ['reset-not-performed', 'stop-reason-local', 'status-wrong-connector-status'],
  run: (ctx) => resetWithTransaction(ctx, 'Soft'),
});
