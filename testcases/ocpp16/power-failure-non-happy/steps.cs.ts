import type { ReceivedCall } from '../../kit.js';
import { connectorIds, expectStatus, messageMs, pending, presentTag } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction, transactionEnded } from '../_shared/transactions.cs.js';

/** TC_032_1 / TC_032_2: a power cut during a transaction. */
export async function powerFailure(ctx: Parameters<typeof energyTransferStarted>[0], stopFirst: boolean): Promise<void> {
  const { sut, operator, expect, ics } = ctx;
  // 1. A charging session.
  const tx = await energyTransferStarted(ctx);
  // 2. Power failure: the charge point goes down and comes back.
  const order: string[] = [];
  sut.forgetReceived('BootNotification');
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

/**
 * TC_032_2 (OCTT 1.6 §2.13.2): the power comes back after a cut during a transaction, without backup power. Boot
 * (Accepted), StatusNotification.req per connector and connectorId 0 (the transaction's connector Preparing,
 * Finishing or Charging, intermediate Unavailable/Available allowed; the others Available). Then either the
 * charge point stopped the transaction itself (StopTransaction.req reason PowerLoss) or it resumed it (Charging)
 * and the driver stops it with the same idTag (reason Local or omitted). Steps 3-7 may come in any order.
 */
export async function powerFailureWithoutBackup(ctx: Parameters<typeof energyTransferStarted>[0]): Promise<void> {
  const { sut, operator, ics } = ctx;
  // Before: Reusable State Charging.
  const tx = await energyTransferStarted(ctx);
  const c = tx.connectorId;
  // Armed before the power cut: nothing the charge point sends afterwards can be missed; an earlier boot is not this one.
  sut.forgetReceived('BootNotification');
  const boot = pending(sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' }));
  const statuses = [0, ...connectorIds(ctx)].filter((id) => id !== c).map((id) => expectStatus(ctx, 'Available', { connectorId: id, timeoutMs: messageMs(ctx) * 4 }));
  const txStatus = expectStatus(ctx, ['Preparing', 'Finishing', 'Charging'], { connectorId: c, timeoutMs: messageMs(ctx) * 4 });
  const stopped = pending(sut.expectCall('StopTransaction', { timeoutMs: messageMs(ctx) * 4, requirement: '4.10', filter: (p) => p.transactionId === tx.transactionId }));
  // [Disconnect and reconnect the power of the Charge Point.] 1-2. BootNotification.req: Accepted.
  await operator.do('powerCycle');
  (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  // 3. StatusNotification.req per connector and connectorId 0.
  await Promise.all(statuses);
  const first = await txStatus;
  // 5. StopTransaction.req: PowerLoss when the charge point stopped it, Local or omitted when the driver did.
  let stop: ReceivedCall;
  let finishingSeen = first.payload.status === 'Finishing';
  if (first.payload.status === 'Charging') {
    // [The transaction is resumed: the driver presents the idTag of the transaction to stop it.]
    ctx.log('the charge point resumed the transaction: the driver stops it');
    const finishing = pending(expectStatus(ctx, ['Finishing', 'Preparing'], { connectorId: c }).then((s) => { finishingSeen = true; return s; }));
    await presentTag(ctx, tx.idTag);
    stop = await stopped;
    ctx.expect(typeof stop.payload.reason === 'string' ? stop.payload.reason : 'Local', '4.10: StopTransaction.req reason of a transaction the driver stopped').to.equal('Local');
    await finishing;
  } else {
    stop = await stopped;
    ctx.expect(typeof stop.payload.reason === 'string' ? stop.payload.reason : 'Local', '4.10: StopTransaction.req reason of a transaction stopped by the power loss').to.equal('PowerLoss');
    // 7. StatusNotification.req Preparing or Finishing, when not already notified of Finishing.
    if (!finishingSeen && first.payload.status !== 'Preparing') await expectStatus(ctx, ['Preparing', 'Finishing'], { connectorId: c });
  }
  if (!stop.answered) stop.respond({ idTagInfo: { status: 'Accepted' } });
  transactionEnded(ctx, tx.transactionId);
}
