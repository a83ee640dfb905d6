/** OCTT 1.6 §3.8.3, Table 138: Start Charging Session – Authorize blocked. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, idTokenFor } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_3_CSMS = defineTestCase({
  id: 'TC_023_3_CSMS',
  title: 'Start Charging Session – Authorize blocked',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-ignores-blocked'],
  run: (ctx) => authorizeAnswers(ctx, idTokenFor(ctx, 'blocked'), 'Blocked'),
});
