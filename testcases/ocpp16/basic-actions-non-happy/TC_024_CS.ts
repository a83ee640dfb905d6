/** OCTT 1.6 §2.10.2, Table 30: Start Charging Session - Lock Failure. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { causeFault, clearFault, connectorOf, expectStatus, messageMs, pending, plugIn, presentTag, setConfiguration, validTag } from '../_shared/states.cs.js';
import { expectAuthorize } from '../_shared/transactions.cs.js';

export const TC_024_CS = defineTestCase({
  id: 'TC_024_CS',
  title: 'Start Charging Session - Lock Failure',
  version: '1.6',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['4.9', '7.6'],
  catches: ['lock-state-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = validTag(ctx);
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The connector lock cannot be operated (operator: ConnectorLockFailure).
    await causeFault(ctx, 'ConnectorLockFailure');
    // 2. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 3. The idTag is presented: Authorize.req, answered Accepted.
    const authorize = expectAuthorize(ctx, idTag);
    const lockFailure = sut.expectCall('StatusNotification', {
      requirement: '7.6', describe: 'with errorCode ConnectorLockFailure', timeoutMs: messageMs(ctx) * 2,
      filter: (p) => p.errorCode === 'ConnectorLockFailure',
    });
    const noStart = pending(sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.9', describe: 'the cable could not be locked' }));
    await presentTag(ctx, idTag);
    await authorize;
    // 4. Locking fails: StatusNotification.req errorCode ConnectorLockFailure (7.6), and no transaction starts.
    const failure = await lockFailure;
    expect(failure.payload.connectorId, '4.9: StatusNotification.req connectorId').to.equal(connectorOf(ctx));
    await noStart;
    // 5. The lock is repaired: the connector leaves Faulted.
    const recovered = expectStatus(ctx, ['Preparing', 'Available']);
    await clearFault(ctx);
    await recovered;
  },
});
