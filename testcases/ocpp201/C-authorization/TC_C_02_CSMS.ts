import { defineTestCase } from '../../kit.js';
import { authorizeRefused } from './steps.csms.js';

export const TC_C_02_CSMS = defineTestCase({
  id: 'TC_C_02_CSMS',
  title: 'Local start transaction - Authorization Invalid/Unknown',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C01', 'C01.FR.07'],
  catches: ['authorize-accepts-invalid'],
  async run(ctx) {
    // 1-2. AuthorizationRequest with <Configured invalid_idtoken>; Tool validation (step 2): status Invalid or Unknown.
    await authorizeRefused(ctx, 'invalid', ['Invalid', 'Unknown']);
  },
});
