import { CaseFailure } from '../domain/verdict.js';
import type { CaseTools } from './testcase.js';

/**
 * A check the harness makes beyond the official tool validations (issue 12 §2): recorded as an
 * advisory (results.json, report), never a FAIL.
 */
export function advisory(ctx: CaseTools, text: string, requirement?: string): void {
  ctx.advise(text, requirement ? { requirement } : {});
}

/** An advisory when `ok` is false; returns `ok` so a caller can skip what depends on it. */
export function adviseUnless(ctx: CaseTools, ok: boolean, text: string, requirement?: string): boolean {
  if (!ok) advisory(ctx, text, requirement);
  return ok;
}

/**
 * Runs a check the official case does not validate (e.g. an expectNoCall that only a requirement
 * asks for): a failure of it becomes an advisory. Anything else it throws still ends the case.
 */
export async function adviseOnFailure(ctx: CaseTools, check: () => Promise<unknown>): Promise<boolean> {
  try {
    await check();
    return true;
  } catch (err) {
    if (!(err instanceof CaseFailure)) throw err;
    advisory(ctx, err.message, err.requirement);
    return false;
  }
}
