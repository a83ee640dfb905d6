import { defineTestCase } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_3_CSMS = defineTestCase({
  id: 'TC_023_3_CSMS',
  title: 'Start Charging Session - Authorize Blocked',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-ignores-blocked'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.blocked, 'Blocked'),
});
