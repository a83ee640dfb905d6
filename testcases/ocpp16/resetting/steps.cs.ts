import type { CaseContext } from '../../kit.js';
import { booted, changeAvailability, connectorOf, energyTransferStarted, expectStatus, expectStopTransaction, messageMs, pending } from '../_shared/states.cs.js';

/** TC_013 / TC_014: an Unavailable connector stays Unavailable over a reset (5.2, 5.14), then is made Available again. */
export async function resetWithoutTransaction(ctx: CaseContext, type: 'Hard' | 'Soft'): Promise<void> {
  const c = connectorOf(ctx);
  // 1-2. ChangeAvailability.req Inoperative: Accepted; StatusNotification.req Unavailable.
  const unavailable = expectStatus(ctx, 'Unavailable', { requirement: '5.2' });
  ctx.expect(await changeAvailability(ctx, c, 'Inoperative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
  await unavailable;
  // 3-5. Reset.req: Accepted; the charge point reboots: BootNotification.req, StatusNotification.req Unavailable (persistent).
  await booted(ctx, { via: type, expected: (id) => (id === c ? 'Unavailable' : 'Available') });
  // 6-7. ChangeAvailability.req Operative: Accepted; StatusNotification.req Available.
  const available = expectStatus(ctx, 'Available', { requirement: '5.2' });
  ctx.expect(await changeAvailability(ctx, c, 'Operative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
  await available;
}

/** TC_015 / TC_016: a reset during a transaction stops it (5.14) with the reset as reason (4.10). */
export async function resetWithTransaction(ctx: CaseContext, type: 'Hard' | 'Soft'): Promise<void> {
  const { sut, expect, ics } = ctx;
  // 1. A charging session.
  const tx = await energyTransferStarted(ctx);
  // 2. Reset.req: Accepted.
  const order: string[] = [];
  const stop = pending(expectStopTransaction(ctx, tx.transactionId, { reason: `${type}Reset`, requirement: '5.14', timeoutMs: messageMs(ctx) * 3 })
    .then((call) => { order.push('StopTransaction'); return call; }));
  const boot = pending(sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '5.14' })
    .then((call) => { order.push('BootNotification'); call.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' }); return call; }));
  const res = await sut.call('Reset', { type }, { requirement: '5.14' });
  expect(res.status, '5.14: Reset.conf status').to.equal('Accepted');
  // 3-4. StopTransaction.req for the transaction and BootNotification.req (answered Accepted). A soft reset stops the
  // transaction gracefully before restarting; after a hard reset it may come once the charge point is accepted again.
  await Promise.all([stop, boot]);
  if (type === 'Soft') expect(order, '5.14: a soft reset sends StopTransaction.req before rebooting').to.deep.equal(['StopTransaction', 'BootNotification']);
  // 5. The connector reports its state after the reboot (the cable is still in).
  await expectStatus(ctx, ['Preparing', 'Available', 'Finishing'], { requirement: '4.9', timeoutMs: messageMs(ctx) * 3 });
}
