import type { CaseResult, OcppVersion, RunResults, SutRole } from '../engine/model.js';
import type { Verdict } from '../domain/verdict.js';
import { caseKey } from '../domain/case-id.js';
import { applies, claimsOf, type Claims } from '../catalogue-data/applicability.js';
import { officialCases } from '../catalogue-data/official.js';
import type { OfficialCase } from '../catalogue-data/types.js';

/**
 * Counts for one side (mandatory or conditional) of one profile. "Not run" = INCONCLUSIVE + ERROR,
 * or an implemented case this run did not select; "not covered" = an official case that applies
 * but that this version of the harness does not implement.
 */
export interface ReadinessCounts {
  passed: number;
  failed: number;
  notRun: number;
  notApplicable: number;
  notCovered: number;
  total: number;
}

/**
 * - Ready: every case of the profile that applies under the ICS (mandatory, and conditional whose
 *   condition the ICS meets) ran and passed, and there is at least one.
 * - Not ready: one of them failed.
 * - Incomplete: none failed, but some did not pass: not run, not applicable in this setup, not
 *   covered by the harness, or the run did not finish.
 * - Not assessed: the ICS does not claim the profile, or nothing of it was run.
 */
export type ReadinessLabel = 'Ready' | 'Not ready' | 'Incomplete' | 'Not assessed';

/** An official case that applies but the harness does not implement. */
export interface UncoveredCase { id: string; title: string; mandatory: boolean }

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
  /** The cases behind `notCovered`, for the list one click away. */
  notCovered: UncoveredCase[];
  /** Whether the ICS claims this profile (undefined when the run had no ICS). */
  claimed?: boolean;
}

export const NO_PROFILE = '(no profile)';

/** What readiness is measured against: the ICS claims, the official cases, and what the harness implements. */
export interface ReadinessScope {
  version: OcppVersion;
  sut: SutRole;
  claims?: Claims;
  /** The official cases of (version, sut); defaults to the official catalogue data. */
  official?: readonly OfficialCase[];
  /** `${version}/${id}` of the cases the harness implements; without it, an official case the run lacks counts as not covered. */
  implemented?: ReadonlySet<string>;
}

function emptyCounts(): ReadinessCounts {
  return { passed: 0, failed: 0, notRun: 0, notApplicable: 0, notCovered: 0, total: 0 };
}

function count(counts: ReadinessCounts, verdict: Verdict | 'NOT_SELECTED' | 'NOT_COVERED'): void {
  counts.total += 1;
  if (verdict === 'PASS') counts.passed += 1;
  else if (verdict === 'FAIL') counts.failed += 1;
  else if (verdict === 'NOT_APPLICABLE') counts.notApplicable += 1;
  else if (verdict === 'NOT_COVERED') counts.notCovered += 1;
  else counts.notRun += 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function add(a: ReadinessCounts, b: ReadinessCounts): ReadinessCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, notRun: a.notRun + b.notRun, notApplicable: a.notApplicable + b.notApplicable, notCovered: a.notCovered + b.notCovered, total: a.total + b.total };
}

function label(m: ReadinessCounts, c: ReadinessCounts, unfinished: boolean, claimed: boolean | undefined): { readiness: ReadinessLabel; explanation: string } {
  const all = add(m, c);
  const what = c.total > 0 ? plural(all.total, 'case') + ` that ${all.total === 1 ? 'applies' : 'apply'} (${m.total} mandatory, ${c.total} conditional)` : plural(m.total, 'mandatory case');
  if (claimed === false) return { readiness: 'Not assessed', explanation: 'The ICS does not claim this profile.' };
  if (all.failed > 0) return { readiness: 'Not ready', explanation: `${all.failed} of ${what} failed.${gaps(all)}` };
  const ran = all.total - all.notApplicable - all.notCovered - all.notRun;
  if (all.total === 0 || ran === 0) {
    if (all.notCovered > 0) return { readiness: 'Incomplete', explanation: `None of ${what} was run: ${parts(all).join(', ')}.` };
    return { readiness: 'Not assessed', explanation: all.total === 0 ? 'No case of this profile applies or was run.' : 'Every case was not applicable to the claimed implementation.' };
  }
  if (all.passed === all.total) {
    if (unfinished) return { readiness: 'Incomplete', explanation: `All ${what} passed so far, but the run did not finish.` };
    return { readiness: 'Ready', explanation: all.total === 1 ? 'Its one case passed.' : `All ${what} passed.` };
  }
  return { readiness: 'Incomplete', explanation: `${all.passed} of ${what} passed; ${parts(all).join(', ')}.` };
}

function parts(n: ReadinessCounts): string[] {
  const out: string[] = [];
  if (n.notRun > 0) out.push(`${n.notRun} not run (operator, time-out or harness error, or not selected)`);
  if (n.notApplicable > 0) out.push(`${n.notApplicable} not applicable in this setup`);
  if (n.notCovered > 0) out.push(`${n.notCovered} not covered by this version of the harness`);
  return out;
}

function gaps(n: ReadinessCounts): string {
  const p = parts(n);
  return p.length ? ` Also ${p.join(', ')}.` : '';
}

interface Row { profile: string; version: OcppVersion; mandatory: ReadinessCounts; conditional: ReadinessCounts; notCovered: UncoveredCase[]; claimed?: boolean }

/**
 * One row per certification profile (per profile and OCPP version when the run mixes versions).
 * With a scope, each row covers every official case of the profile that applies under the ICS,
 * run or not; without one, only the cases run.
 */
export function computeReadiness(cases: readonly CaseResult[], options: { unfinished?: boolean; scopes?: readonly ReadinessScope[] } = {}): ProfileReadiness[] {
  const scopes = options.scopes ?? [];
  const perVersion = new Set([...cases.map((c) => c.version), ...scopes.map((s) => s.version)]).size > 1;
  const rows = new Map<string, Row>();
  const row = (profile: string, version: OcppVersion) => {
    const key = `${profile.toLowerCase()}\u0000${perVersion ? version : ''}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { profile, version, mandatory: emptyCounts(), conditional: emptyCounts(), notCovered: [] }));
    return r;
  };
  const ran = new Map(cases.map((c) => [caseKey(c.version, c.id), c]));
  // Claimed profiles first, in the ICS order, so a claimed profile with nothing run still has a row.
  for (const s of scopes) for (const p of s.claims?.profiles ?? []) row(p, s.version).claimed = true;
  for (const c of cases) {
    if (c.profiles.length === 0) count(row(NO_PROFILE, c.version).conditional, c.verdict);
    for (const p of c.profiles) count(p.mandatory ? row(p.profile, c.version).mandatory : row(p.profile, c.version).conditional, c.verdict);
  }
  for (const s of scopes) {
    const claimed = s.claims ? new Set(s.claims.profiles.map((p) => p.toLowerCase())) : undefined;
    for (const o of s.official ?? officialCases(s.version, s.sut)) {
      if (o.removed || o.sut !== s.sut || ran.has(caseKey(s.version, o.id))) continue;
      for (const m of o.profiles) {
        if (claimed && !claimed.has(m.profile.toLowerCase())) continue;
        if (!m.mandatory && !(s.claims && applies(m, s.claims))) continue;
        const r = row(m.profile, s.version);
        const covered = s.implemented?.has(caseKey(s.version, o.id)) === true;
        count(m.mandatory ? r.mandatory : r.conditional, covered ? 'NOT_SELECTED' : 'NOT_COVERED');
        if (!covered) r.notCovered.push({ id: o.id, title: o.title, mandatory: m.mandatory });
      }
    }
    if (claimed) for (const r of rows.values()) if (r.version === s.version && r.claimed === undefined) r.claimed = claimed.has(r.profile.toLowerCase());
  }
  return [...rows.values()].map((r) => ({
    profile: r.profile,
    ...(perVersion ? { version: r.version } : {}),
    label: perVersion ? `${r.profile} (OCPP ${r.version})` : r.profile,
    mandatory: r.mandatory,
    conditional: r.conditional,
    notCovered: r.notCovered,
    ...(r.claimed !== undefined ? { claimed: r.claimed } : {}),
    ...label(r.mandatory, r.conditional, options.unfinished === true, r.claimed),
  }));
}

/** The scope of a run's results: its version and role, and the ICS recorded with it. */
export function scopeOf(results: RunResults, implemented?: ReadonlySet<string>): ReadinessScope[] {
  const groups = new Map<string, { version: OcppVersion; sut: SutRole }>();
  groups.set(`${results.sut.version}|${results.sut.role}`, { version: results.sut.version, sut: results.sut.role });
  for (const c of results.cases) groups.set(`${c.version}|${c.sutRole}`, { version: c.version, sut: c.sutRole });
  const claims = results.ics ? claimsOf(results.ics) : undefined;
  return [...groups.values()].map((g) => ({ ...g, ...(claims ? { claims } : {}), ...(implemented ? { implemented } : {}) }));
}

/** results.json as the report writes it: the run, plus the readiness every report file shows. */
export type ReportResults = RunResults & { readiness?: ProfileReadiness[] };

/** The readiness every writer shows: the one recorded with the results, else computed the same way. */
export function readinessOf(results: ReportResults): ProfileReadiness[] {
  return results.readiness ?? computeReadiness(results.cases, { unfinished: results.unfinished === true, scopes: scopeOf(results) });
}
