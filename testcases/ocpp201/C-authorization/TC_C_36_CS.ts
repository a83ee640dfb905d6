import { defineTestCase } from '../../kit.js';
import { transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { authCacheEnabled, core, presentAndAuthorize } from './steps.cs.js';

export const TC_C_36_CS = defineTestCase({
  id: 'TC_C_36_CS',
  title: 'Store Authorization Data in the Authorization Cache - AuthCacheCtrlr.LocalPreAuthorize = false',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C10', 'C12', 'C01.FR.02'],
  catches: ['local-pre-authorize-always'],
  async run(ctx) {
    // Configuration State: AuthCacheEnabled true, LocalPreAuthorize false.
    const configuration = [authCacheEnabled(true), { component: 'AuthCtrlr', variable: 'LocalPreAuthorize', value: 'false' }];
    await transactionCase(ctx, { configuration }, async () => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // Manual Action: present the cached valid idToken. 1-2. Without LocalPreAuthorize the station asks the CSMS
      // (AuthorizationRequest with it: tool validation), answered Invalid.
      await presentAndAuthorize(ctx, 'valid', validToken(ctx), 'Invalid', 'C01.FR.02');
    });
  },
});
