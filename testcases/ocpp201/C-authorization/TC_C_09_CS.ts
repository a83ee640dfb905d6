import { defineTestCase } from '../../kit.js';
import { cachedRefusedAskedAgain, core } from './steps.cs.js';

export const TC_C_09_CS = defineTestCase({
  id: 'TC_C_09_CS',
  title: 'Authorization through authorization cache - Invalid & Not Accepted',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49')], // Part 5 (errata 2025-09): the Authorization Cache
  covers: ['C12', 'C12.FR.05', 'C10.FR.03'],
  catches: ['cache-refuses-without-asking'],
  async run(ctx) {
    // Memory State: IdTokenCached for <Configured invalid IdToken fields>; presented again, the station asks the CSMS (tool validation, step 1).
    await cachedRefusedAskedAgain(ctx, 'invalid', 'Invalid');
  },
});
