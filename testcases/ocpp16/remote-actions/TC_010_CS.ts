/** OCTT 1.6 §2.5.1, Table 13: Remote Start Charging Session – Cable Plugged in First. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStatus, plugIn, validTag } from '../_shared/states.cs.js';
import { expectAuthorize, expectStartTransaction } from '../_shared/transactions.cs.js';
import { authorizesRemoteStart } from './steps.cs.js';

export const TC_010_CS = defineTestCase({
  id: 'TC_010_CS',
  title: 'Remote Start Charging Session – Cable Plugged in First',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11', '4.8', '9.1.3'],
  catches: ['remote-start-rejected'],
  async run(ctx) {
    const idTag = validTag(ctx);
    // 1. GetConfiguration AuthorizeRemoteTxRequests.
    const authorizeFirst = await authorizesRemoteStart(ctx);
    // 2. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 3. RemoteStartTransaction.req: Accepted; Authorize.req first when AuthorizeRemoteTxRequests is true.
    const authorize = authorizeFirst ? expectAuthorize(ctx, idTag, undefined, '9.1.3') : undefined;
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    await remoteStart(ctx, idTag);
    await authorize;
    // 4-5. StartTransaction.req, answered with a transactionId; StatusNotification.req Charging.
    await start;
    await charging;
  },
});
