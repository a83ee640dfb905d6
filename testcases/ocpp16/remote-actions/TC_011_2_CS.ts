/** OCTT 1.6 §2.5.3, Table 15: Remote Start Charging Session – Time Out. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { remoteStart } from '../_shared/remote-actions-steps.cs.js';
import { expectStatus, messageMs, pending, setConfiguration, validTag } from '../_shared/states.cs.js';
import { expectAuthorize } from '../_shared/transactions.cs.js';
import { authorizesRemoteStart } from './steps.cs.js';

export const TC_011_2_CS = defineTestCase({
  id: 'TC_011_2_CS',
  title: 'Remote Start Charging Session – Time Out',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.11', '9.1.6', '4.9'],
  catches: ['connection-timeout-ignored', 'remote-start-rejected'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    const timeout = configured(ctx, 'connectionTimeOut');
    await setConfiguration(ctx, 'ConnectionTimeOut', String(timeout), { configured: 'connectionTimeOut' });
    // 1. GetConfiguration AuthorizeRemoteTxRequests.
    const authorizeFirst = await authorizesRemoteStart(ctx);
    // 2. RemoteStartTransaction.req: Accepted; StatusNotification.req Preparing.
    const authorize = authorizeFirst ? expectAuthorize(ctx, idTag, undefined, '9.1.3') : undefined;
    const preparing = expectStatus(ctx, 'Preparing');
    await remoteStart(ctx, idTag);
    await authorize;
    await preparing;
    // 3. No cable within ConnectionTimeOut: StatusNotification.req Available, no transaction (9.1.6).
    const available = expectStatus(ctx, 'Available', { timeoutMs: timeout * 1000 + messageMs(ctx) * 2, requirement: '9.1.6' });
    // A StartTransaction.req (not in the scenario, 1.2) fails the case at once, naming that frame, instead of a timeout.
    const noStart = pending(sut.expectNoCall('StartTransaction', timeout * 1000 + messageMs(ctx), { requirement: '9.1.6', describe: 'no cable was plugged in' }));
    await Promise.race([available, noStart.then(() => available)]);
    await noStart;
  },
});
