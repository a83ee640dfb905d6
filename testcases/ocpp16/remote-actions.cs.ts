/**
 * OCPP 1.6J remote actions, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue's flows
 * and the 1.6 specification (5.4 Clear Cache, 5.6 Data Transfer, 5.11 Remote Start Transaction,
 * 5.12 Remote Stop Transaction, 9.1.3 AuthorizeRemoteTxRequests, 9.1.6 ConnectionTimeOut).
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import {
  authorizedWithoutCable, cacheIdTag, connectorOf, energyTransferStarted, expectAuthorize, expectStartTransaction, expectStatus, expectStopTransaction, getConfiguration,
  messageMs, plugIn, presentTag, setConfiguration, shortInterval, validTag, pending,
} from './states.cs.js';

const block = 'remote-actions';

/** GetConfiguration AuthorizeRemoteTxRequests: whether a remote start is authorized first (9.1.3, required key). */
async function authorizesRemoteStart(ctx: CaseContext): Promise<boolean> {
  const { values } = await getConfiguration(ctx, ['AuthorizeRemoteTxRequests']);
  const value = values.get('AuthorizeRemoteTxRequests')?.value;
  ctx.expect(value, '9.1.3: GetConfiguration.conf AuthorizeRemoteTxRequests (required key)').to.be.a('string');
  return String(value).toLowerCase() === 'true';
}

/** RemoteStartTransaction.req for the valid idTag on the first connector: Accepted (5.11). */
async function remoteStart(ctx: CaseContext, idTag = validTag(ctx)): Promise<void> {
  const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
  ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
}

export const TC_010_CS = defineTestCase({
  id: 'TC_010_CS',
  title: 'Remote Start Charging Session - Cable Plugged in First',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_011_1_CS = defineTestCase({
  id: 'TC_011_1_CS',
  title: 'Remote Start Charging Session - Remote Start First',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_011_2_CS = defineTestCase({
  id: 'TC_011_2_CS',
  title: 'Remote Start Charging Session - Time Out',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.11', '9.1.6', '4.9'],
  catches: ['connection-timeout-ignored', 'remote-start-rejected'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = validTag(ctx);
    const timeout = shortInterval(ctx);
    await setConfiguration(ctx, 'ConnectionTimeOut', String(timeout));
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
    const noStart = pending(sut.expectNoCall('StartTransaction', timeout * 1000 + messageMs(ctx), { requirement: '9.1.6' }));
    await available;
    await noStart;
  },
});

export const TC_012_CS = defineTestCase({
  id: 'TC_012_CS',
  title: 'Remote Stop Charging Session',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.12', '4.10'],
  catches: ['stop-reason-local'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStopTransaction.req with its transactionId: Accepted.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Remote', requirement: '5.12' });
    const finishing = expectStatus(ctx, 'Finishing');
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status').to.equal('Accepted');
    // 3. StopTransaction.req reason Remote; StatusNotification.req Finishing (the cable is still in).
    await stop;
    await finishing;
  },
});

/** ClearCache, then a cached idTag must be authorized by the Central System again (5.4, 3.5.1). */
async function cacheCleared(ctx: CaseContext): Promise<string> {
  const idTag = validTag(ctx);
  if (!(await cacheIdTag(ctx, idTag))) throw new CaseNotApplicable('the charge point has no Authorization Cache (no AuthorizationCacheEnabled key)');
  // With LocalPreAuthorize a cached idTag would start without Authorize.req: after ClearCache it must not.
  await setConfiguration(ctx, 'LocalPreAuthorize', 'true');
  const res = await ctx.sut.call('ClearCache', {}, { requirement: '5.4' });
  ctx.expect(res.status, '5.4: ClearCache.conf status').to.equal('Accepted');
  return idTag;
}

export const TC_061_1_CS = defineTestCase({
  id: 'TC_061_1_CS',
  title: 'Clear Authorization Data in Authorization Cache - Local',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.4', '3.5.1', '4.1'],
  catches: ['clear-cache-ignored'],
  async run(ctx) {
    // 1-2. The idTag is cached; ClearCache.req: Accepted.
    const idTag = await cacheCleared(ctx);
    // 3. The idTag is presented: it is no longer in the cache, so Authorize.req is sent (4.1).
    const authorize = expectAuthorize(ctx, idTag, undefined, '5.4');
    const preparing = expectStatus(ctx, 'Preparing');
    await presentTag(ctx, idTag);
    await authorize;
    await preparing;
    authorizedWithoutCable(ctx, idTag);
  },
});

export const TC_061_2_CS = defineTestCase({
  id: 'TC_061_2_CS',
  title: 'Clear Authorization Data in Authorization Cache - Remote',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.4', '5.11', '9.1.3'],
  catches: ['clear-cache-ignored'],
  async run(ctx) {
    // 1-2. The idTag is cached; ClearCache.req: Accepted.
    const idTag = await cacheCleared(ctx);
    // A remote start is authorized like a local action (9.1.3).
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    // 3. RemoteStartTransaction.req with that idTag: Accepted, then Authorize.req (the cache is empty).
    const authorize = expectAuthorize(ctx, idTag, undefined, '5.4');
    const preparing = expectStatus(ctx, 'Preparing');
    await remoteStart(ctx, idTag);
    await authorize;
    await preparing;
    authorizedWithoutCable(ctx, idTag);
  },
});

export const TC_062_CS = defineTestCase({
  id: 'TC_062_CS',
  title: 'Data Transfer to a Charge Point',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.6', '4.3'],
  catches: ['datatransfer-accepted'],
  async run(ctx) {
    // 1. DataTransfer.req with a vendorId the charge point does not know.
    const res = await ctx.sut.call('DataTransfer', { vendorId: 'org.ocpp-harness.unknown', messageId: 'TestMessage', data: 'test' }, { requirement: '5.6' });
    // 2. DataTransfer.conf: the vendor-specific message is refused (4.3: UnknownVendorId for an unknown vendorId).
    ctx.expect(res.status, '4.3: DataTransfer.conf status for an unknown vendorId').to.be.oneOf(['UnknownVendorId', 'UnknownMessageId', 'Rejected']);
  },
});
