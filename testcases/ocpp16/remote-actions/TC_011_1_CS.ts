/** OCTT 1.6 §2.5.2, Table 14: Remote Start Charging Session – Remote Start First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStatus, plugIn, validTag } from '../_shared/states.cs.js';
import { expectAuthorize, expectStartTransaction } from '../_shared/transactions.cs.js';
import { authorizesRemoteStart } from './steps.cs.js';

export const TC_011_1_CS = defineTestCase({
  id: 'TC_011_1_CS',
  title: 'Remote Start Charging Session – Remote Start First',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11', '4.8', '4.9', '9.1.3'],
  catches: ['remote-start-rejected'],
  async run(ctx) {
    const idTag = validTag(ctx);
    // 1. GetConfiguration AuthorizeRemoteTxRequests.
    const authorizeFirst = await authorizesRemoteStart(ctx);
    // 2. RemoteStartTransaction.req: Accepted (Authorize.req first when configured); StatusNotification.req Preparing.
    const authorize = authorizeFirst ? expectAuthorize(ctx, idTag, undefined, '9.1.3') : undefined;
    const preparing = expectStatus(ctx, 'Preparing');
    await remoteStart(ctx, idTag);
    await authorize;
    await preparing;
    // 3. The cable is plugged in: StartTransaction.req, StatusNotification.req Charging.
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    await plugIn(ctx, null);
    await start;
    await charging;
  },
});
