/**
 * OCPP 1.6J Core, offline behaviour, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.12 Offline behaviour non-happy flow). Transaction
 * messages queued while offline carry the time they happened, before the connection they arrive
 * on: the Central System processes them as any other (3.7).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { connectorId, goOffline, goOnline, idTagStatus, startTransaction, statusNotification, stopTransaction } from './states.csms.js';

export const TC_037_1_CSMS = defineTestCase({
  id: 'TC_037_1_CSMS',
  title: 'Offline Start Transaction - Valid IdTag',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'offline',
  covers: ['3.7', '4.8'],
  catches: ['tx-rejects-queued', 'tx-start-rejected'],
  async run(ctx) {
    // [Remove connectivity.] [EV driver starts a transaction offline with a valid idTag.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req (timestamp: while offline); idTagInfo.status is Accepted.
    const res = await startTransaction(ctx, { timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 3-4. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

export const TC_037_3_CSMS = defineTestCase({
  id: 'TC_037_3_CSMS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'offline',
  covers: ['3.7', '4.8', '4.10'],
  catches: ['tx-start-unverified', 'tx-rejects-queued', 'tx-stop-only-local'],
  async run(ctx) {
    // [Remove connectivity.] [EV driver starts a transaction offline with an invalid idTag.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req; the Central System MUST verify the idTag itself (4.8): Invalid.
    const res = await startTransaction(ctx, { idTag: ctx.ics.idTokens.invalid.idToken, timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Invalid');
    // 3-4. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
    // 5-6. StopTransaction.req with reason DeAuthorized (StopTransactionOnInvalidId = true).
    await stopTransaction(ctx, 'DeAuthorized', { withIdTag: false });
    // 7-8. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
  },
});

export const TC_039_CSMS = defineTestCase({
  id: 'TC_039_CSMS',
  title: 'Offline Transaction',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'offline',
  covers: ['3.7', '4.8', '4.10'],
  catches: ['tx-rejects-queued', 'tx-start-rejected'],
  async run(ctx) {
    // [Remove connectivity.] [EV driver starts and stops a transaction offline, unplugs the cable.] [Restore connectivity.]
    const startedAt = await goOffline(ctx);
    const stoppedAt = new Date();
    await goOnline(ctx);
    // 1-2. The queued StartTransaction.req; idTagInfo.status is Accepted.
    const res = await startTransaction(ctx, { timestamp: startedAt.toISOString() });
    ctx.expect(idTagStatus(res), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
    // 3-4. The queued StopTransaction.req with reason Local.
    await stopTransaction(ctx, 'Local', { timestamp: stoppedAt.toISOString() });
  },
});
