import type { CaseContext } from '../../kit.js';
import { connectorIds, expectStatus, getConfiguration, messageMs } from '../_shared/states.cs.js';

export const profiles = ['Security (1.6 security whitepaper)'];

/** The charge point's SecurityProfile configuration key (7.6), or the ICS claim when it has none. */
export async function currentProfile(ctx: CaseContext<'1.6', 'CS'>): Promise<number> {
  const value = (await getConfiguration(ctx, ['SecurityProfile'])).values.get('SecurityProfile')?.value;
  return value === undefined ? ctx.ics.securityProfile : Number(value);
}

/**
 * The charge point (re)starts and connects: the attempt must succeed with the session's security
 * profile; its boot is accepted and its connectors reported. Returns the connection's details.
 */
export async function connectsAfterPowerCycle(ctx: CaseContext<'1.6', 'CS'>, requirement: string): Promise<Record<string, unknown>> {
  const { sut, operator, ics } = ctx;
  const attempt = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 3, requirement });
  const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 4, requirement: '4.2' });
  await operator.do('powerCycle');
  const result = await attempt;
  if (result.kind !== 'connected') {
    ctx.fail(`the charge point's connection attempt ${result.kind === 'refused' ? `was refused with HTTP ${result.status}` : 'failed in the TLS handshake'}: ${result.reason}`, requirement);
  }
  (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
  await Promise.all(connectorIds(ctx).map((c) => expectStatus(ctx, ['Available', 'Preparing', 'Unavailable'], { connectorId: c })));
  return result.info;
}
