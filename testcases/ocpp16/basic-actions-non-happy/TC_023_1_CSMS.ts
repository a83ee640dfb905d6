/** OCTT 1.6 §3.8.1, Table 136: Start Charging Session – Authorize invalid. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_1_CSMS = defineTestCase({
  id: 'TC_023_1_CSMS',
  title: 'Start Charging Session – Authorize invalid',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-accepts-invalid'],
  run: (ctx) => authorizeAnswers(ctx, idTokenFor(ctx, 'invalid'), 'Invalid'),
});
