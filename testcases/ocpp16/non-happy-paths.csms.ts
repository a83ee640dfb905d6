/**
 * OCPP 1.6J Core, non-happy flows, Central System under test: the harness plays the Charge Point.
 * Steps follow the 1.6 test-case document (3.8 Basic actions, 3.9 Remote actions non-happy flow,
 * 3.20 Data transfer).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import type { IdTokenSpec } from '../../src/engine/ics.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import { authorize, authorized, charging, connectorId, csmsSends, refusalTaken, statusNotification, validIdTag } from './states.csms.js';

/** [EV driver presents an identification the Central System knows as `status`.] 1-2. Authorize.req; idTagInfo.status is `status` (4.1). */
async function authorizeAnswers(ctx: CaseContext, token: IdTokenSpec | undefined, status: 'Invalid' | 'Expired' | 'Blocked'): Promise<void> {
  if (!token) throw new CaseNotApplicable(`the ICS configures no ${status.toLowerCase()} idTag`);
  ctx.expect(await authorize(ctx, token.idToken), '4.1: Authorize.conf idTagInfo.status').to.equal(status);
}

export const TC_023_1_CSMS = defineTestCase({
  id: 'TC_023_1_CSMS',
  title: 'Start Charging Session - Authorize Invalid',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['4.1'],
  catches: ['authorize-accepts-invalid'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.invalid, 'Invalid'),
});

export const TC_023_2_CSMS = defineTestCase({
  id: 'TC_023_2_CSMS',
  title: 'Start Charging Session - Authorize Expired',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['4.1'],
  catches: ['authorize-ignores-expiry'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.expired, 'Expired'),
});

export const TC_023_3_CSMS = defineTestCase({
  id: 'TC_023_3_CSMS',
  title: 'Start Charging Session - Authorize Blocked',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['4.1'],
  catches: ['authorize-ignores-blocked'],
  run: (ctx) => authorizeAnswers(ctx, ctx.ics.idTokens.blocked, 'Blocked'),
});

export const TC_024_CSMS = defineTestCase({
  id: 'TC_024_CSMS',
  title: 'Start Charging Session Lock Failure',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['4.9'],
  catches: ['status-faulted-unhandled'],
  async run(ctx) {
    // Before: Reusable State Authorized.
    await authorized(ctx);
    // 1-2. StatusNotification.req Preparing.
    await statusNotification(ctx, connectorId(ctx), 'Preparing');
    // [EV driver plugs in the cable; the connector cannot be locked.] 3-4. StatusNotification.req Faulted, errorCode ConnectorLockFailure.
    await statusNotification(ctx, connectorId(ctx), 'Faulted', 'ConnectorLockFailure');
  },
});

export const TC_026_CSMS = defineTestCase({
  id: 'TC_026_CSMS',
  title: 'Remote Start Charging Session - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['5.11'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'request-start-wrong-token'],
  async run(ctx) {
    // [The CPO remotely requests a start transaction.] 1-2. RemoteStartTransaction.req; the Charge Point rejects it.
    const hint = { idTag: validIdTag(ctx), connectorId: connectorId(ctx) };
    const req = await csmsSends(ctx, 'RemoteStartTransaction', () => ({ status: 'Rejected' }), { hint, requirement: '5.11' });
    ctx.expect(req.payload.idTag, '5.11: RemoteStartTransaction.req idTag (the one the operator asked for)').to.equal(hint.idTag);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'RemoteStartTransaction', '5.11');
  },
});

export const TC_028_CSMS = defineTestCase({
  id: 'TC_028_CSMS',
  title: 'Remote Stop Transaction - Rejected',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['5.12'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'request-stop-wrong-transaction'],
  async run(ctx) {
    // Before: Reusable State Charging.
    const tx = await charging(ctx);
    // 1-2. RemoteStopTransaction.req; the Charge Point rejects it, as it does for a transactionId it does not know.
    const req = await csmsSends(ctx, 'RemoteStopTransaction', () => ({ status: 'Rejected' }), { hint: { transactionId: tx.transactionId }, requirement: '5.12' });
    ctx.expect(req.payload.transactionId, '5.12: RemoteStopTransaction.req transactionId (the transaction the operator asked to stop)').to.equal(tx.transactionId);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'RemoteStopTransaction', '5.12');
  },
});

export const TC_064_CSMS = defineTestCase({
  id: 'TC_064_CSMS',
  title: 'Data Transfer to a Central System',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'non-happy-paths',
  covers: ['4.3'],
  catches: ['data-transfer-callerror'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the Central System does not support DataTransfer for this vendorId.
    // 1-2. DataTransfer.req with that vendorId; DataTransfer.conf is Rejected, UnknownMessageId or UnknownVendorId.
    const res = await sut.call('DataTransfer', { vendorId: 'org.ocpp-harness.unsupported', messageId: 'TC_064', data: 'ping' }, { requirement: '4.3' });
    if (res.status === 'Accepted') {
      // The document allows Accepted, with a warning to the vendor.
      ctx.log('warning: the Central System accepted a DataTransfer for a vendorId it has no implementation for');
      return;
    }
    expect(res.status, '4.3: DataTransfer.conf status').to.be.oneOf(['Rejected', 'UnknownMessageId', 'UnknownVendorId']);
    if (res.status === 'UnknownVendorId') expect(res.data, '4.3: DataTransfer.conf data (absent with UnknownVendorId)').to.equal(undefined);
  },
});
