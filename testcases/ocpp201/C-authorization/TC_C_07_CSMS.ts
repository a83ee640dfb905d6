import { defineTestCase } from '../../kit.js';
import { authorizeRefused } from './steps.csms.js';

export const TC_C_07_CSMS = defineTestCase({
  id: 'TC_C_07_CSMS',
  title: 'Local start transaction - Authorization Expired',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C01', 'C01.FR.07'],
  catches: ['authorize-ignores-expiry'],
  async run(ctx) {
    // Configuration State: the idToken configured as expired at the OCTT is expired at the CSMS.
    // 1-2. AuthorizationRequest with <Configured expired_idtoken>; Tool validation (step 2): status Expired or Invalid.
    await authorizeRefused(ctx, 'expired', ['Expired', 'Invalid']);
  },
});
