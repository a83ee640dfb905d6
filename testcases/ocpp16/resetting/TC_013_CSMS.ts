/** OCTT 1.6 §3.5.1, Table 128: Hard Reset. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { reset } from './steps.csms.js';

export const TC_013_CSMS = defineTestCase({
  id: 'TC_013_CSMS',
  title: 'Hard Reset',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.14', '4.2'],
  catches: ['reset-wrong-type'],
  run: (ctx) => reset(ctx, 'Hard'),
});
