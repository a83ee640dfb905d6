/** OCTT 1.6 §3.6.1, Table 130: Unlock connector - no charging session running (Not fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { unlock } from '../_shared/unlock-steps.csms.js';

export const TC_017_1_CSMS = defineTestCase({
  id: 'TC_017_1_CSMS',
  title: 'Unlock connector - no charging session running (Not fixed cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.18'],
  catches: ['unlock-connector-zero'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the Charge Point unlocks the connector: Unlocked.
    await unlock(ctx, 'Unlocked');
  },
});
