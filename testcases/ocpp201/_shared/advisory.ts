import type { CaseContext } from '../../kit.js';

/**
 * A check the harness makes beyond the official tool validations (issue 12 §2): recorded for the
 * report, never a FAIL. The one place 2.0.1 cases route such findings through, so the engine's
 * advisory API can take over here without touching the cases.
 */
export function advisory(ctx: CaseContext, text: string, requirement?: string): void {
  ctx.log(`advisory: ${text}${requirement ? ` (${requirement})` : ''}`);
}

/** An advisory when `ok` is false; returns `ok` so a caller can skip what depends on it. */
export function adviseUnless(ctx: CaseContext, ok: boolean, text: string, requirement?: string): boolean {
  if (!ok) advisory(ctx, text, requirement);
  return ok;
}
