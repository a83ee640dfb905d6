/** OCTT 1.6 §3.6.2, Table 131: Unlock connector - no charging session running (Fixed cable). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { refusalTaken } from '../_shared/states.csms.js';
import { unlock } from '../_shared/unlock-steps.csms.js';

export const TC_017_2_CSMS = defineTestCase({
  id: 'TC_017_2_CSMS',
  title: 'Unlock connector - no charging session running (Fixed cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.18'],
  catches: ['unlock-connector-zero', 'negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the Charge Point has a fixed cable: NotSupported.
    await unlock(ctx, 'NotSupported');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});
