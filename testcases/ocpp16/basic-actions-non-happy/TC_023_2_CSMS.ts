/** OCTT 1.6 §3.8.2, Table 137: Start Charging Session – Authorize expired. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_2_CSMS = defineTestCase({
  id: 'TC_023_2_CSMS',
  title: 'Start Charging Session – Authorize expired',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-ignores-expiry'],
  run: (ctx) => authorizeAnswers(ctx, idTokenFor(ctx, 'expired'), 'Expired'),
});
