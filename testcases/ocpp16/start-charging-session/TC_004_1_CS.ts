/** OCTT 1.6 §2.2.2, Table 4: Regular Charging Session – Identification First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_004_1_CS = defineTestCase({
  id: 'TC_004_1_CS',
  title: 'Regular Charging Session – Identification First',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.1', '4.8', '4.9'],
  catches: ['authorize-skipped'],
  async run(ctx) {
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1-2. The idTag is presented: Authorize.req, answered Accepted; StatusNotification.req Preparing.
    // 3. The cable is plugged in: StartTransaction.req, answered with a transactionId.
    // 4. StatusNotification.req Charging.
    await energyTransferStarted(ctx, { order: 'tagFirst' });
  },
});
