/** OCTT 1.6 §3.10.1, Table 142: Unlock Connector – Unlock Failure. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { refusalTaken } from '../_shared/states.csms.js';
import { unlock } from '../_shared/unlock-steps.csms.js';

export const TC_030_CSMS = defineTestCase({
  id: 'TC_030_CSMS',
  title: 'Unlock Connector – Unlock Failure',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.18'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the connector lock fails: UnlockFailed.
    await unlock(ctx, 'UnlockFailed');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});
