/** OCTT 1.6 §3.10.2, Table 143: Unlock Connector – Unknown Connector. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorIds, refusalTaken } from '../_shared/states.csms.js';
import { unlock } from '../_shared/unlock-steps.csms.js';

export const TC_031_CSMS = defineTestCase({
  id: 'TC_031_CSMS',
  title: 'Unlock Connector – Unknown Connector',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.18'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'unlock-connector-zero'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connector the Charge Point does not have: NotSupported (1.6 has no UnknownConnector).
    await unlock(ctx, 'NotSupported', Math.max(...connectorIds(ctx)) + 1);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});
