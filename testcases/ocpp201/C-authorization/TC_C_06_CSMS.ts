import { defineTestCase } from '../../kit.js';
import { authorizeRefused } from './steps.csms.js';

export const TC_C_06_CSMS = defineTestCase({
  id: 'TC_C_06_CSMS',
  title: 'Local start transaction - Authorization Blocked',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['C01', 'C01.FR.07'],
  catches: ['authorize-ignores-blocked'],
  async run(ctx) {
    // Configuration State: the idToken configured as blocked at the OCTT is blocked at the CSMS.
    // 1-2. AuthorizationRequest with <Configured blocked_idtoken>; Tool validation (step 2): "Linked or Invalid",
    // Part 6's word for the blocked status (the case title and AuthorizationStatusEnumType say Blocked).
    await authorizeRefused(ctx, 'blocked', ['Blocked', 'Invalid']);
  },
});
