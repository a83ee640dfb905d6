import type { CaseContext } from '../../kit.js';
import { chargingSession, configuredMs, goOffline, idTokenStatus, reconnect, transactionEvent, validToken } from '../_shared/charging-session.csms.js';

export const CHECK_TRANSACTION_STATUS = { profile: 'Core', condition: 'C-16' };

/** "The OCTT sends an AuthorizationRequest with the configured valid idToken"; its status must be Accepted. */
export async function authorizeValid(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<void> {
  const answer = await ctx.sut.call('Authorize', { idToken: validToken(ctx) }, { requirement: 'C01.FR.07' });
  ctx.expect(idTokenStatus(answer), 'C01.FR.07: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
}

/** The transaction the station is running (set by the reusable states of the case's Before). */
export function runningTransactionId(ctx: CaseContext<'2.0.1', 'CSMS'>): string {
  const tx = chargingSession(ctx).tx;
  if (!tx) throw new Error('the simulated station has no running transaction');
  return tx.transactionId;
}

/** Steps 1-2 of the queued-message cases: offline for the Configured Transaction Duration, `whileOffline` happening meanwhile. */
export async function offlineForTransactionDuration(ctx: CaseContext<'2.0.1', 'CSMS'>, whileOffline: () => Promise<void>): Promise<void> {
  // 1. The station closes the WebSocket connection.
  await goOffline(ctx);
  // 2. It waits the Configured Transaction Duration (its transaction events are queued), then reconnects.
  await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
  await whileOffline();
  await reconnect(ctx);
}

/** A periodic sample taken while offline: queued (E12.FR.01). */
export const periodicSample = (ctx: CaseContext<'2.0.1', 'CSMS'>) => transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'MeterValuePeriodic', meter: 'Sample.Periodic' });
