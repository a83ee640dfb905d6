import { defineTestCase } from '../../kit.js';
import { authorizeAnswers } from './steps.csms.js';

export const TC_023_2_CSMS = defineTestCase({
  id: 'TC_023_2_CSMS',
  title: 'Start Charging Session - Authorize Expired',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-ignores-expiry'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.expired, 'Expired'),
});
