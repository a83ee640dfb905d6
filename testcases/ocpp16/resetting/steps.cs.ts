import type { CaseContext } from '../../kit.js';
import { booted, changeAvailability, connectorIds, connectorOf, expectStatus, messageMs, pending } from '../_shared/states.cs.js';
import { energyTransferStarted, expectStopTransaction } from '../_shared/transactions.cs.js';

/** TC_013 / TC_014: an Unavailable connector stays Unavailable over a reset (5.2, 5.14), then is made Available again. */
export async function resetWithoutTransaction(ctx: CaseContext<'1.6', 'CS'>, type: 'Hard' | 'Soft'): Promise<void> {
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

/**
 * TC_015 (OCTT 1.6 §2.6.3) / TC_016 (§2.6.4): a reset during a transaction. StopTransaction.req with the reset as
 * reason (step 3), StatusNotification.req Finishing (step 5) and, after the reboot (optional for a soft reset),
 * StatusNotification.req per connector and connectorId 0: the transaction's connector Finishing OR Preparing, the
 * others Available (step 9). StopTransaction and StatusNotification may come in either order (1.2).
 */
export async function resetWithTransaction(ctx: CaseContext<'1.6', 'CS'>, type: 'Hard' | 'Soft'): Promise<void> {
  const { sut, expect, ics } = ctx;
  // Before: Reusable State Charging.
  const tx = await energyTransferStarted(ctx);
  const c = tx.connectorId;
  const stop = expectStopTransaction(ctx, tx.transactionId, { reason: `${type}Reset`, requirement: '5.14', timeoutMs: messageMs(ctx) * 3 });
  const finishing = expectStatus(ctx, 'Finishing', { connectorId: c, requirement: '4.9', timeoutMs: messageMs(ctx) * 3 });
  let booted = false;
  const boot = pending(sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '5.14' }).then((call) => {
    booted = true;
    call.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    return call;
  }));
  // Step 9 after the reboot: armed now so no report is missed.
  const after = [0, ...connectorIds(ctx)].map((id) => pending(expectStatus(ctx, id === c ? ['Finishing', 'Preparing'] : 'Available', { connectorId: id, requirement: '4.9', timeoutMs: messageMs(ctx) * 4 })));
  // 1-2. Reset.req: Accepted.
  const res = await sut.call('Reset', { type }, { requirement: '5.14' });
  expect(res.status, '5.14: Reset.conf status').to.equal('Accepted');
  // 3-6. StopTransaction.req (reason HardReset / SoftReset) and StatusNotification.req Finishing; before or after the boot.
  if (type === 'Hard') await boot;
  await stop;
  await finishing;
  // 7-8. BootNotification.req: required after a hard reset, optional after a soft one.
  if (type === 'Soft') await boot.catch(() => ctx.log('no BootNotification.req after the soft reset (optional, step 7)'));
  // 9. After a boot: the connector of the transaction Finishing or Preparing, the others and connectorId 0 Available.
  if (booted) await Promise.all(after);
}
