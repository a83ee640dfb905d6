/**
 * OCPP 1.6J charging sessions, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue's flows
 * and the 1.6 specification (4.1 Authorize, 4.8 Start Transaction, 4.9 Status Notification,
 * 4.10 Stop Transaction, 3.5 Authorization Cache, 3.10 Parent idTag, 9.1 configuration keys).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import {
  cacheIdTag, connectorOf, energyTransferStarted, expectAuthorize, expectStartTransaction, expectStatus, expectStopTransaction, idTagInfo, messageMs,
  plugIn, presentTag, setConfiguration, shortInterval, unplug, validTag, pending,
} from './states.cs.js';

const block = 'transactions';

export const TC_003_CS = defineTestCase({
  id: 'TC_003_CS',
  title: 'Regular Charging Session - Plugin First',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_004_1_CS = defineTestCase({
  id: 'TC_004_1_CS',
  title: 'Regular Charging Session - Identification First',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_004_2_CS = defineTestCase({
  id: 'TC_004_2_CS',
  title: 'Regular Charging Session - Identification First - ConnectionTimeOut',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.9', '9.1.6'],
  catches: ['connection-timeout-ignored', 'authorize-skipped'],
  async run(ctx) {
    const { sut } = ctx;
    const timeout = shortInterval(ctx);
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    await setConfiguration(ctx, 'ConnectionTimeOut', String(timeout));
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

/** Steps shared by the three "EV side disconnected" cases: the keys, then a charging session. */
async function chargingWithEvSideDisconnect(ctx: Parameters<typeof energyTransferStarted>[0], stop: boolean, unlock: boolean | undefined) {
  await setConfiguration(ctx, 'StopTransactionOnEVSideDisconnect', String(stop));
  if (unlock !== undefined) await setConfiguration(ctx, 'UnlockConnectorOnEVSideDisconnect', String(unlock), { optional: true });
  return energyTransferStarted(ctx);
}

export const TC_005_1_CS = defineTestCase({
  id: 'TC_005_1_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = true (unlock true)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.9', '4.10', '9.1.23', '9.1.33'],
  catches: ['ev-disconnect-setting-inverted', 'stop-reason-local'],
  async run(ctx) {
    // 1. StopTransactionOnEVSideDisconnect = true, UnlockConnectorOnEVSideDisconnect = true; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, true, true);
    // 2. The cable is disconnected at the EV side: StopTransaction.req reason EVDisconnected (4.10, 9.1.23).
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'EVDisconnected', requirement: '9.1.23' });
    // 3. The connector is unlocked, the cable removed: StatusNotification.req Finishing or Available.
    await unplug(ctx, ['Finishing', 'Available']);
    await stop;
  },
});

export const TC_005_2_CS = defineTestCase({
  id: 'TC_005_2_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = true (unlock false)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.10', '5.18', '9.1.23', '9.1.33'],
  catches: ['ev-disconnect-setting-inverted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. StopTransactionOnEVSideDisconnect = true, UnlockConnectorOnEVSideDisconnect = false; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, true, false);
    // 2. The cable is disconnected at the EV side: StopTransaction.req reason EVDisconnected.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'EVDisconnected', requirement: '9.1.23' });
    await unplug(ctx, null);
    await stop;
    // 3. The connector stays locked: the Central System unlocks it with UnlockConnector.req.
    const res = await sut.call('UnlockConnector', { connectorId: tx.connectorId }, { requirement: '5.18' });
    expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
  },
});

export const TC_005_3_CS = defineTestCase({
  id: 'TC_005_3_CS',
  title: 'EV Side Disconnected - StopTransactionOnEVSideDisconnect = false',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.9', '4.10', '5.12', '9.1.23'],
  catches: ['ev-disconnect-setting-inverted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. ChangeConfiguration StopTransactionOnEVSideDisconnect = false; a charging session.
    const tx = await chargingWithEvSideDisconnect(ctx, false, undefined);
    // 2. The cable is disconnected at the EV side: StatusNotification.req SuspendedEV, the transaction goes on (4.9, 9.1.23).
    const suspended = expectStatus(ctx, 'SuspendedEV', { requirement: '4.9' });
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '9.1.23', describe: 'StopTransactionOnEVSideDisconnect is false' }));
    await unplug(ctx, null);
    await suspended;
    await noStop;
    // 3. RemoteStopTransaction.req: Accepted, StopTransaction.req reason Remote, StatusNotification.req.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Remote', requirement: '5.12' });
    const after = expectStatus(ctx, ['Finishing', 'Available']);
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status').to.equal('Accepted');
    await stop;
    await after;
  },
});

export const TC_007_1_CS = defineTestCase({
  id: 'TC_007_1_CS',
  title: 'Regular Start Charging Session - Cached Id',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.5.1', '9.1.2', '9.1.13'],
  catches: ['cache-not-used'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    // Precondition: the idTag is in the Authorization Cache (a session authorized by the Central System).
    if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    // LocalPreAuthorize = true: a cached valid idTag starts at once, without Authorize.req (9.1.13).
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // 1. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 2. The cached idTag is presented: StartTransaction.req without Authorize.req before it.
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '9.1.13', describe: 'the idTag is in the Authorization Cache and LocalPreAuthorize is true' }));
    const charging = expectStatus(ctx, 'Charging');
    const start = expectStartTransaction(ctx, idTag);
    await presentTag(ctx, idTag);
    await start;
    // 3. StatusNotification.req Charging.
    await charging;
    await noAuthorize;
  },
});

export const TC_007_2_CS = defineTestCase({
  id: 'TC_007_2_CS',
  title: 'Remote Start Charging Session - Cached Id',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.5.1', '5.11', '9.1.3', '9.1.13'],
  catches: ['cache-not-used', 'remote-start-rejected'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = validTag(ctx);
    if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
    await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
    // A remote start is authorized like a local one (9.1.3): from the cache here.
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    // 1. RemoteStartTransaction.req with the cached idTag: Accepted; StatusNotification.req Preparing.
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '9.1.13', describe: 'the idTag is in the Authorization Cache and LocalPreAuthorize is true' }));
    const preparing = expectStatus(ctx, 'Preparing');
    const res = await sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
    expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
    await preparing;
    // 2. The cable is plugged in: StartTransaction.req, StatusNotification.req Charging.
    const start = expectStartTransaction(ctx, idTag);
    const charging = expectStatus(ctx, 'Charging');
    await plugIn(ctx, null);
    await start;
    await charging;
    await noAuthorize;
  },
});

export const TC_068_CS = defineTestCase({
  id: 'TC_068_CS',
  title: 'Stop transaction - IdTag matches StartTransaction IdTag',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.1', '4.10'],
  catches: ['stop-authorizes-same-tag'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session started with idTag A.
    const tx = await energyTransferStarted(ctx);
    // 2. Idtag A is presented again: StopTransaction.req without Authorize.req (4.1: Authorize only for a different identifier).
    const noAuthorize = pending(sut.expectNoCall('Authorize', messageMs(ctx), { requirement: '4.1', describe: 'the idTag is the one that started the transaction' }));
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local' });
    const finishing = expectStatus(ctx, 'Finishing');
    await presentTag(ctx, tx.idTag);
    const call = await stop;
    if (call.payload.idTag !== undefined) expect(call.payload.idTag, '4.10: StopTransaction.req idTag').to.equal(tx.idTag);
    // 3. StatusNotification.req Finishing.
    await finishing;
    await noAuthorize;
  },
});

export const TC_069_CS = defineTestCase({
  id: 'TC_069_CS',
  title: 'Stop transaction - ParentIdTag matches StartTransaction ParentIdTag',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.10', '4.1', '4.10'],
  catches: ['parent-id-tag-ignored'],
  async run(ctx) {
    const { ics, expect } = ctx;
    const second = ics.idTokens.valid2?.idToken;
    if (!second) throw new CaseNotApplicable('the ICS names no second valid idTag (idTokens.valid2)');
    const parent = ics.idTokens.group?.idToken ?? 'PARENT0001';
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. A charging session started with idTag A, whose parentIdTag is P.
    const tx = await energyTransferStarted(ctx, { authorize: 'required', answer: idTagInfo('Accepted', parent) });
    // 2. IdTag B is presented: Authorize.req, answered Accepted with the same parentIdTag P (3.10).
    const authorize = expectAuthorize(ctx, second, idTagInfo('Accepted', parent));
    // 3. StopTransaction.req with idTag B; StatusNotification.req Finishing.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local', requirement: '3.10' });
    const finishing = expectStatus(ctx, 'Finishing');
    await presentTag(ctx, second);
    await authorize;
    const call = await stop;
    expect(call.payload.idTag, '4.10: StopTransaction.req idTag (the idTag that stopped it)').to.equal(second);
    await finishing;
  },
});
