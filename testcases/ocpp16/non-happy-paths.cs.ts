/**
 * OCPP 1.6J non-happy paths, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue's flows
 * and the 1.6 specification (4.1, 4.10, 5.2, 5.11, 5.12, 3.7 transaction-related messages).
 * Whether the charge point stops its transactions before it goes down on a power cut (backup
 * power) is an ICS feature: StopTxBeforePowerDown.
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import {
  changeAvailability, connectorIds, connectorOf, energyTransferStarted, expectAuthorize, expectStatus, expectStopTransaction, idTagInfo,
  invalidTag, messageMs, pending, plugIn, presentTag, setConfiguration, transactionEnded, validTag,
} from './states.cs.js';

const block = 'non-happy-paths';

export const TC_023_4_CS = defineTestCase({
  id: 'TC_023_4_CS',
  title: 'Start local Charging Session - Authorize invalid',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.1'],
  catches: ['authorize-skipped', 'authorize-status-ignored'],
  async run(ctx) {
    const idTag = invalidTag(ctx);
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 2-3. The invalid idTag is presented: Authorize.req, answered Invalid.
    const authorize = expectAuthorize(ctx, idTag, idTagInfo('Invalid'));
    await presentTag(ctx, idTag);
    await authorize;
    // 4. No transaction starts (4.1: energy only after authorization).
    await ctx.sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.1', describe: 'the idTag was not accepted' });
  },
});

export const TC_023_5_CS = defineTestCase({
  id: 'TC_023_5_CS',
  title: 'Start remote Charging Session - Authorize invalid',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.11', '9.1.3', '4.1'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = invalidTag(ctx);
    // A remote start is authorized first when AuthorizeRemoteTxRequests is true (9.1.3).
    await setConfiguration(ctx, 'AuthorizeRemoteTxRequests', 'true', { optional: true });
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The cable is plugged in.
    await plugIn(ctx);
    // 2. RemoteStartTransaction.req with the invalid idTag: Accepted; Authorize.req, answered Invalid.
    const authorize = expectAuthorize(ctx, idTag, idTagInfo('Invalid'), '9.1.3');
    const res = await sut.call('RemoteStartTransaction', { connectorId: connectorOf(ctx), idTag }, { requirement: '5.11' });
    expect(res.status, '5.11: RemoteStartTransaction.conf status').to.equal('Accepted');
    await authorize;
    // 3. No transaction starts.
    await sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '9.1.3', describe: 'the idTag was not accepted' });
  },
});

export const TC_026_CS = defineTestCase({
  id: 'TC_026_CS',
  title: 'Remote Start Charging Session - Rejected',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.11'],
  catches: ['remote-start-always-accepted'],
  async run(ctx) {
    // 1. A charging session on the connector.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStartTransaction.req for the same connector: Rejected (it cannot start a transaction there).
    const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: tx.connectorId, idTag: validTag(ctx) }, { requirement: '5.11' });
    ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status for an occupied connector').to.equal('Rejected');
  },
});

export const TC_027_CS = defineTestCase({
  id: 'TC_027_CS',
  title: 'Remote start transaction - connector id shall not be 0',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.11', '3.8'],
  catches: ['remote-start-always-accepted'],
  async run(ctx) {
    // 1-2. RemoteStartTransaction.req with connectorId 0 (the charge point itself, 3.8): Rejected.
    const res = await ctx.sut.call('RemoteStartTransaction', { connectorId: 0, idTag: validTag(ctx) }, { requirement: '5.11' });
    ctx.expect(res.status, '5.11: RemoteStartTransaction.conf status for connectorId 0').to.equal('Rejected');
  },
});

export const TC_028_CS = defineTestCase({
  id: 'TC_028_CS',
  title: 'Remote Stop Transaction - Rejected',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.12'],
  catches: ['remote-stop-ignores-id'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. RemoteStopTransaction.req with a transactionId the charge point does not have: Rejected (5.12).
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '5.12', describe: 'the transactionId was unknown' }));
    const res = await sut.call('RemoteStopTransaction', { transactionId: tx.transactionId + 1000 }, { requirement: '5.12' });
    expect(res.status, '5.12: RemoteStopTransaction.conf status for an unknown transactionId').to.equal('Rejected');
    // 3. The transaction goes on.
    await noStop;
  },
});

/** TC_032_1 / TC_032_2: a power cut during a transaction. */
async function powerFailure(ctx: Parameters<typeof energyTransferStarted>[0], stopFirst: boolean): Promise<void> {
  const { sut, operator, expect, ics } = ctx;
  // 1. A charging session.
  const tx = await energyTransferStarted(ctx);
  // 2. Power failure: the charge point goes down and comes back.
  const order: string[] = [];
  const stop = pending(expectStopTransaction(ctx, tx.transactionId, { reason: 'PowerLoss', requirement: '4.10', timeoutMs: messageMs(ctx) * 3 })
    .then((call) => { order.push('StopTransaction'); return call; }));
  const boot = pending(sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' })
    .then((call) => { order.push('BootNotification'); call.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' }); return call; }));
  await operator.do('powerCycle');
  // 3-4. StopTransaction.req reason PowerLoss and BootNotification.req, in the order of the variant (3.7: the message is not lost).
  await Promise.all([stop, boot]);
  transactionEnded(ctx, tx.transactionId);
  const expected = stopFirst ? ['StopTransaction', 'BootNotification'] : ['BootNotification', 'StopTransaction'];
  expect(order, `4.10: StopTransaction.req ${stopFirst ? 'before' : 'after'} going down`).to.deep.equal(expected);
}

export const TC_032_1_CS = defineTestCase({
  id: 'TC_032_1_CS',
  title: 'Power failure - stop transaction(s) before going down',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  requires: { features: ['StopTxBeforePowerDown'] },
  covers: ['4.10', '3.7', '4.2'],
  catches: ['power-loss-tx-lost', 'stop-reason-local'],
  run: (ctx) => powerFailure(ctx, true),
});

export const TC_032_2_CS = defineTestCase({
  id: 'TC_032_2_CS',
  title: 'Power failure - stop transaction(s) after going down',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: [{ profile: 'Core', condition: 'not StopTxBeforePowerDown' }],
  covers: ['4.10', '3.7', '4.2'],
  catches: ['power-loss-tx-lost', 'stop-reason-local'],
  run: (ctx) => powerFailure(ctx, false),
});

export const TC_034_CS = defineTestCase({
  id: 'TC_034_CS',
  title: 'Power Failure with Unavailable Status',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.9', '5.2'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // 1-2. ChangeAvailability.req connectorId 0 (the whole charge point) Inoperative: Accepted; StatusNotification.req Unavailable.
    const unavailable = connectorIds(ctx).map((c) => expectStatus(ctx, 'Unavailable', { connectorId: c, requirement: '5.2' }));
    expect(await changeAvailability(ctx, 0, 'Inoperative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
    await Promise.all(unavailable);
    // 3. Power failure: the charge point goes down and comes back: BootNotification.req, answered Accepted.
    const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' });
    await operator.do('powerCycle');
    (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    // 4. The connectors are still Unavailable: the status persists across the reboot (4.9, 5.2).
    await Promise.all(connectorIds(ctx).map((c) => expectStatus(ctx, 'Unavailable', { connectorId: c, requirement: '4.9' })));
    // 5. ChangeAvailability.req Operative: Accepted; StatusNotification.req Available.
    const available = connectorIds(ctx).map((c) => expectStatus(ctx, 'Available', { connectorId: c, requirement: '5.2' }));
    expect(await changeAvailability(ctx, 0, 'Operative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
    await Promise.all(available);
  },
});
