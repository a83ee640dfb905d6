/** OCTT 1.6 §2.6.2, Table 18: Soft Reset Without Transaction. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { resetWithoutTransaction } from './steps.cs.js';

export const TC_014_CS = defineTestCase({
  id: 'TC_014_CS',
  title: 'Soft Reset Without Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.14', '5.2', '4.2'],
  catches: ['reset-not-performed', 'availability-not-persistent'],
  run: (ctx) => resetWithoutTransaction(ctx, 'Soft'),
});
