/**
 * TC_N_48_CS: the station's Basic-auth password changed under a monitor, and put back. The harness's endpoint
 * takes the new password before the station is given it (a station that reconnects with it gets in), and the
 * configured one again afterwards (cleanup, not graded).
 */
import { randomInt } from 'node:crypto';
import { CaseInconclusive, type CaseContext } from '../../kit.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

export const PASSWORD_CV = { component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } };
const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The configured basicAuthPassword of the station (Configuration State: security profile 1 or 2). */
export function configuredPassword(ctx: Ctx): string {
  const password = ctx.settings.basicAuthPassword;
  if (!password) throw new CaseInconclusive('Configuration State "security profile 1 or 2": the harness has no Basic-auth password for the station (config \'password\')');
  return password;
}

/** "<Generated password with same length as the configured basicAuthPassword>" (passwordString characters). */
export function generatedPassword(like: string): string {
  let out = '';
  while (out.length < like.length || out === like) out = Array.from({ length: like.length }, () => CHARS[randomInt(CHARS.length)]).join('');
  return out;
}

/** Steps 1-2: SetVariablesRequest SecurityCtrlr.BasicAuthPassword = `password`; the attributeStatus. */
export async function passwordSet(ctx: Ctx, password: string): Promise<string> {
  await ctx.sut.reconfigureEndpoint({ basicAuthPassword: password });
  const res = await ctx.sut.call('SetVariables', { setVariableData: [{ ...PASSWORD_CV, attributeValue: password }] });
  return String(res.setVariableResult[0]?.attributeStatus);
}

/** Cleanup: the configured password again, and the station's connection with it awaited when it reconnects. */
export async function passwordRestored(ctx: Ctx, configured: string): Promise<void> {
  const { sut } = ctx;
  await sut.reconfigureEndpoint({});
  if (!sut.isConnected()) await sut.expectConnection(ctx.ics.timeouts.bootMs).catch(() => undefined);
  if (!sut.isConnected()) return;
  const attempt = sut.expectConnectionAttempt({ timeoutMs: ctx.ics.timeouts.messageMs * 4 });
  attempt.catch(() => undefined);
  const res = await sut.callRaw('SetVariables', { setVariableData: [{ ...PASSWORD_CV, attributeValue: configured }] });
  const status = res.kind === 'result' ? (res.payload.setVariableResult as Array<{ attributeStatus?: string }> | undefined)?.[0]?.attributeStatus : undefined;
  if (status === 'Accepted') await attempt.catch(() => undefined);
}
