/**
 * OCPP 1.6J Core, remote actions, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.4 Remote actions, 3.3.2 Clear Authorization Cache).
 * Each request is one the operator makes the Central System send; the case checks that it asks
 * for what the operator asked, and answers the messages of the session that follows.
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import {
  authorize, charging, configuredMs, connectorId, csmsSends, idTagStatus, startTransaction, statusNotification, stopTransaction, validIdTag,
} from './states.csms.js';

/** Steps "The Central System sends a RemoteStartTransaction.req" (answered Accepted): returns the idTag it carries. */
async function remoteStart(ctx: CaseContext): Promise<string> {
  const { expect } = ctx;
  const hint = { idTag: validIdTag(ctx), connectorId: connectorId(ctx) };
  const req = await csmsSends(ctx, 'RemoteStartTransaction', () => ({ status: 'Accepted' }), { hint, requirement: '5.11' });
  expect(req.payload.idTag, '5.11: RemoteStartTransaction.req idTag (the one the operator asked for)').to.equal(hint.idTag);
  if (req.payload.connectorId !== undefined) expect(req.payload.connectorId, '5.11: RemoteStartTransaction.req connectorId').to.equal(hint.connectorId);
  return String(req.payload.idTag);
}

/** The Charge Point (AuthorizeRemoteTxRequests = true) authorizes the remote idTag, then starts the transaction. */
async function authorizeRemote(ctx: CaseContext, idTag: string): Promise<void> {
  ctx.expect(await authorize(ctx, idTag), '4.1: Authorize.conf idTagInfo.status').to.equal('Accepted');
}

async function startRemote(ctx: CaseContext, idTag: string): Promise<void> {
  ctx.expect(idTagStatus(await startTransaction(ctx, { idTag })), '4.8: StartTransaction.conf idTagInfo.status').to.equal('Accepted');
}

export const TC_010_CSMS = defineTestCase({
  id: 'TC_010_CSMS',
  title: 'Remote Start Charging Session - Cable Plugged in First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'remote-actions',
  covers: ['5.11', '4.1', '4.8'],
  catches: ['request-start-wrong-token', 'tx-start-rejected'],
  async run(ctx) {
    // [EV driver plugs in the cable.] 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // 3-4. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 5-6. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 7-8. StartTransaction.req; idTagInfo.status is Accepted.
    await startRemote(ctx, idTag);
    // 9-10. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

export const TC_011_1_CSMS = defineTestCase({
  id: 'TC_011_1_CSMS',
  title: 'Remote Start Charging Session - Remote Start First',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'remote-actions',
  covers: ['5.11', '4.1', '4.8'],
  catches: ['request-start-wrong-token', 'tx-start-rejected'],
  async run(ctx) {
    // 1-2. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 3-4. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 5-6. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver plugs in the cable.] 7-8. StartTransaction.req; idTagInfo.status is Accepted.
    await startRemote(ctx, idTag);
    // 9-10. StatusNotification.req Charging.
    await statusNotification(ctx, connectorId(ctx), 'Charging');
  },
});

export const TC_011_2_CSMS = defineTestCase({
  id: 'TC_011_2_CSMS',
  title: 'Remote Start Charging Session - Time Out',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'remote-actions',
  covers: ['5.11', '4.1', '4.9'],
  catches: ['request-start-wrong-token', 'status-timeout-unhandled'],
  async run(ctx) {
    // 1-2. The Central System sends RemoteStartTransaction.req; the Charge Point accepts.
    const idTag = await remoteStart(ctx);
    // 3-4. Authorize.req; idTagInfo.status is Accepted.
    await authorizeRemote(ctx, idTag);
    // 5-6. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [After the configured connection timeout has been reached: no cable was plugged in.]
    await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs'), 'the ConnectionTimeOut of the simulated Charge Point');
    // 7-8. StatusNotification.req Available: the Central System answers it.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

export const TC_012_CSMS = defineTestCase({
  id: 'TC_012_CSMS',
  title: 'Remote Stop Charging Session',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'remote-actions',
  covers: ['5.12', '4.10'],
  catches: ['request-stop-wrong-transaction', 'tx-stop-only-local'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // 1-2. The Central System sends RemoteStopTransaction.req for the running transaction; the Charge Point accepts.
    const req = await csmsSends(ctx, 'RemoteStopTransaction', () => ({ status: 'Accepted' }), { hint: { transactionId: tx.transactionId }, requirement: '5.12' });
    expect(req.payload.transactionId, '5.12: RemoteStopTransaction.req transactionId (the running transaction)').to.equal(tx.transactionId);
    // 3-4. StopTransaction.req with reason Remote.
    await stopTransaction(ctx, 'Remote');
    // 5-6. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // [EV driver unplugs the cable.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

export const TC_061_CSMS = defineTestCase({
  id: 'TC_061_CSMS',
  title: 'Clear Authorization Data in Authorization Cache',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'remote-actions',
  covers: ['5.4', '3.5.1'],
  catches: ['clear-cache-sends-local-list'],
  async run(ctx) {
    // 1-2. The Central System sends ClearCache.req; the Charge Point clears its Authorization Cache and accepts.
    await csmsSends(ctx, 'ClearCache', () => ({ status: 'Accepted' }), { requirement: '5.4' });
  },
});
