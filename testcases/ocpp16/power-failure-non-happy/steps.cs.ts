import { energyTransferStarted, expectStopTransaction, messageMs, pending, transactionEnded } from '../_shared/states.cs.js';

/** TC_032_1 / TC_032_2: a power cut during a transaction. */
export async function powerFailure(ctx: Parameters<typeof energyTransferStarted>[0], stopFirst: boolean): Promise<void> {
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
