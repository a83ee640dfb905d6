import { defineTestCase } from '../../kit.js';
import { masterPassStopsBoth } from './steps.csms.js';

// C16 (Part 6 Table 493): the user with the master pass stops all transactions through the station's UI.
export const TC_C_47_CSMS = defineTestCase({
  id: 'TC_C_47_CSMS',
  title: 'Stop Transaction with a Master Pass - With UI - All transactions',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'], // Part 5: Core, mandatory for a CSMS
  covers: ['C16', 'C16.FR.01'],
  // Part 6 gives the case no tool validations: the master pass group left out of the answers is an advisory.
  catches: ['group-id-token-omitted'],
  advises: ['group-id-token-omitted'],
  async run(ctx) {
    // 3. Both Ended events carry the master pass that stopped them (Part 6 step 3).
    await masterPassStopsBoth(ctx, 'masterPass', 'C16.FR.01');
  },
});
