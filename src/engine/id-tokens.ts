import { CaseNotApplicable } from '../domain/verdict.js';
import type { CaseContext } from './testcase.js';
import type { Ics, IdTokenSpec } from '../domain/ics.js';

export type IdTokenName = keyof Ics['idTokens'];

/**
 * The idToken `name` a case may use. With the CSMS under test only a token the configuration gave
 * (`ics.idTokens.<name>`) counts: the built-in defaults are placeholders the CSMS cannot know, and a
 * CSMS is never failed for not knowing a token nobody gave it, so such a case is NOT_APPLICABLE
 * naming the missing field. With the station under test the harness is the CSMS and decides what a
 * token means, so the defaults serve.
 */
export function idTokenFor(ctx: Pick<CaseContext, 'ics'>, name: IdTokenName): IdTokenSpec {
  const token = ctx.ics.idTokens[name];
  const given = ctx.ics.sut !== 'CSMS' || ctx.ics.idTokensGiven === undefined || ctx.ics.idTokensGiven.includes(name);
  if (!token || !given) {
    throw new CaseNotApplicable(`the case needs an idToken the CSMS knows as ${name}; the config gives none (set ics.idTokens.${name})`);
  }
  return token;
}
