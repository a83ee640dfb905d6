import { defineTestCase } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_1_CSMS = defineTestCase({
  id: 'TC_023_1_CSMS',
  title: 'Start Charging Session - Authorize Invalid',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-accepts-invalid'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.invalid, 'Invalid'),
});
