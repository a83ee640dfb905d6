import { defineTestCase } from '../../kit.js';
import { cachedRefusedAskedAgain, core } from './steps.cs.js';

export const TC_C_10_CS = defineTestCase({
  id: 'TC_C_10_CS',
  title: 'Authorization through authorization cache - Blocked',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C12', 'C12.FR.05', 'C10.FR.03'],
  catches: ['cache-refuses-without-asking'],
  async run(ctx) {
    // Memory State: IdTokenCached for <Configured blocked IdToken fields>; presented again, the station asks the CSMS (tool validation, step 1); Part 6 step 2 says "Restricted", not an AuthorizationStatusEnumType value: the OCTT answers Blocked.
    await cachedRefusedAskedAgain(ctx, 'blocked', 'Blocked');
  },
});
