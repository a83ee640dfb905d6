/** OCTT 1.6 §2.2.3, Table 5: Regular Charging Session – Identification First - ConnectionTimeOut. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { expectStatus, messageMs, pending, presentTag, setConfiguration, validTag } from '../_shared/states.cs.js';
import { expectAuthorize } from '../_shared/transactions.cs.js';

export const TC_004_2_CS = defineTestCase({
  id: 'TC_004_2_CS',
  title: 'Regular Charging Session – Identification First - ConnectionTimeOut',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.9', '9.1.6'],
  catches: ['connection-timeout-ignored', 'authorize-skipped'],
  async run(ctx) {
    const { sut } = ctx;
    const timeout = configured(ctx, 'connectionTimeOut');
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    await setConfiguration(ctx, 'ConnectionTimeOut', String(timeout), { configured: 'connectionTimeOut' });
    // 1-2. The idTag is presented: Authorize.req, answered Accepted; StatusNotification.req Preparing.
    const authorize = expectAuthorize(ctx, validTag(ctx));
    const preparing = expectStatus(ctx, 'Preparing');
    await presentTag(ctx, validTag(ctx));
    await authorize;
    await preparing;
    // 3. No cable within ConnectionTimeOut: the charge point goes back to Available (9.1.6, 4.9 B1), no transaction.
    const available = expectStatus(ctx, 'Available', { timeoutMs: timeout * 1000 + messageMs(ctx) * 2, requirement: '9.1.6' });
    const started = pending(sut.expectNoCall('StartTransaction', timeout * 1000 + messageMs(ctx), { requirement: '9.1.6' }));
    await available;
    await started;
  },
});
