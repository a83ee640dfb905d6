/** OCTT 1.6 §2.6.1, Table 17: Hard Reset Without transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { resetWithoutTransaction } from './steps.cs.js';

export const TC_013_CS = defineTestCase({
  id: 'TC_013_CS',
  title: 'Hard Reset Without transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.14', '5.2', '4.2'],
  catches: ['reset-not-performed', 'availability-not-persistent'],
  run: (ctx) => resetWithoutTransaction(ctx, 'Hard'),
});
