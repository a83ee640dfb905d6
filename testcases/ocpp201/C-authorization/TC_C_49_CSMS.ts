import { defineTestCase } from '../../kit.js';
import { masterPassStopsBoth } from './steps.csms.js';

// C16 (Part 6 Table 495): a station without a UI stops all transactions when the master pass is presented.
export const TC_C_49_CSMS = defineTestCase({
  id: 'TC_C_49_CSMS',
  title: 'Stop Transaction with a Master Pass - Without UI',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'], // Part 5: Core, mandatory for a CSMS
  covers: ['C16', 'C16.FR.02'],
  // Part 6 gives the case no tool validations: the master pass group left out of the AuthorizeResponse is an advisory.
  catches: ['group-id-token-omitted'],
  advises: ['group-id-token-omitted'],
  async run(ctx) {
    // 3. Part 6 step 3 writes <Configured valid_idtoken> as the idToken of both Ended events.
    await masterPassStopsBoth(ctx, 'valid', 'C16.FR.02');
  },
});
