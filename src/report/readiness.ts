import type { CaseResult, OcppVersion, Verdict } from '../engine/model.js';

/** Counts for one side (mandatory or conditional) of one profile. "Not run" = INCONCLUSIVE + ERROR. */
export interface ReadinessCounts {
  passed: number;
  failed: number;
  notRun: number;
  notApplicable: number;
  total: number;
}

/**
 * - Ready: every mandatory case of the profile passed (and there is at least one).
 * - Not ready: a mandatory case failed.
 * - Incomplete: no mandatory failure, but some mandatory case did not pass (not run, N/A) or the run did not finish.
 * - Not assessed: no mandatory case was run (typically a profile outside the ICS claim).
 */
export type ReadinessLabel = 'Ready' | 'Not ready' | 'Incomplete' | 'Not assessed';

export interface ProfileReadiness {
  profile: string;
  /** Set when the run mixes OCPP versions: profiles are certified per version, so rows are too. */
  version?: OcppVersion;
  /** `profile`, or `profile (OCPP version)` in a mixed-version run. */
  label: string;
  mandatory: ReadinessCounts;
  conditional: ReadinessCounts;
  readiness: ReadinessLabel;
  /** One sentence a non-developer can read. */
  explanation: string;
}

export const NO_PROFILE = '(no profile)';

function emptyCounts(): ReadinessCounts {
  return { passed: 0, failed: 0, notRun: 0, notApplicable: 0, total: 0 };
}

function count(counts: ReadinessCounts, verdict: Verdict): void {
  counts.total += 1;
  if (verdict === 'PASS') counts.passed += 1;
  else if (verdict === 'FAIL') counts.failed += 1;
  else if (verdict === 'NOT_APPLICABLE') counts.notApplicable += 1;
  else counts.notRun += 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function label(m: ReadinessCounts, unfinished: boolean): { readiness: ReadinessLabel; explanation: string } {
  if (m.failed > 0) return { readiness: 'Not ready', explanation: `${m.failed} of ${plural(m.total, 'mandatory case')} failed.` };
  const assessed = m.total - m.notApplicable;
  if (m.total === 0 || (assessed === 0 && m.notApplicable > 0)) {
    return { readiness: 'Not assessed', explanation: m.total === 0 ? 'No mandatory case of this profile was run.' : 'Every mandatory case was not applicable to the claimed implementation.' };
  }
  if (m.passed === m.total) {
    if (unfinished) return { readiness: 'Incomplete', explanation: `All ${plural(m.total, 'mandatory case')} run so far passed, but the run did not finish.` };
    return { readiness: 'Ready', explanation: m.total === 1 ? 'Its one mandatory case passed.' : `All ${m.total} mandatory cases passed.` };
  }
  const missing: string[] = [];
  if (m.notRun > 0) missing.push(`${m.notRun} not run or inconclusive`);
  if (m.notApplicable > 0) missing.push(`${m.notApplicable} not applicable`);
  return { readiness: 'Incomplete', explanation: `${m.passed} of ${plural(m.total, 'mandatory case')} passed; ${missing.join(', ')}.` };
}

/**
 * One row per certification profile (per profile and OCPP version when the run mixes versions),
 * in the order rows first appear among the cases.
 */
export function computeReadiness(cases: readonly CaseResult[], options: { unfinished?: boolean } = {}): ProfileReadiness[] {
  const perVersion = new Set(cases.map((c) => c.version)).size > 1;
  const rows = new Map<string, { profile: string; version?: OcppVersion; mandatory: ReadinessCounts; conditional: ReadinessCounts }>();
  const row = (profile: string, version: OcppVersion) => {
    const key = perVersion ? `${profile}\u0000${version}` : profile;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { profile, ...(perVersion ? { version } : {}), mandatory: emptyCounts(), conditional: emptyCounts() }));
    return r;
  };
  for (const c of cases) {
    if (c.profiles.length === 0) count(row(NO_PROFILE, c.version).conditional, c.verdict);
    for (const p of c.profiles) count(p.mandatory ? row(p.profile, c.version).mandatory : row(p.profile, c.version).conditional, c.verdict);
  }
  return [...rows.values()].map((r) => ({
    ...r,
    label: r.version ? `${r.profile} (OCPP ${r.version})` : r.profile,
    ...label(r.mandatory, options.unfinished === true),
  }));
}
