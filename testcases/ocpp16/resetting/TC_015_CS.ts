/** OCTT 1.6 §2.6.3, Table 19: Hard Reset With Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { resetWithTransaction } from './steps.cs.js';

export const TC_015_CS = defineTestCase({
  id: 'TC_015_CS',
  title: 'Hard Reset With Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.14', '4.10'],
  catches: ['reset-not-performed', 'stop-reason-local', 'status-wrong-connector-status'],
  run: (ctx) => resetWithTransaction(ctx, 'Hard'),
});
