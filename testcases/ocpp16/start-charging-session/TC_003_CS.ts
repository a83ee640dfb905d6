/** OCTT 1.6 §2.2.1, Table 3: Regular Charging Session - Plugin First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_003_CS = defineTestCase({
  id: 'TC_003_CS',
  title: 'Regular Charging Session - Plugin First',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.1', '4.8', '4.9'],
  catches: ['authorize-skipped'],
  async run(ctx) {
    // Authorize.req is only skipped for locally known idTags: make sure the idTag is asked for.
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The cable is plugged in: StatusNotification.req Preparing.
    // 2-3. The idTag is presented: Authorize.req, answered Accepted.
    // 4-5. StartTransaction.req, answered with a transactionId; StatusNotification.req Charging.
    await energyTransferStarted(ctx, { authorize: 'required' });
  },
});
