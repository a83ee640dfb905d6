/** OCTT 1.6 §3.5.2, Table 129: Soft Reset. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { reset } from './steps.csms.js';

export const TC_014_CSMS = defineTestCase({
  id: 'TC_014_CSMS',
  title: 'Soft Reset',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.14', '4.2'],
  catches: ['reset-wrong-type'],
  run: (ctx) => reset(ctx, 'Soft'),
});
