import { conditionNames } from '../catalogue-data/condition.js';
import { caseKey } from '../domain/case-id.js';
import { applies, claimsOf } from '../catalogue-data/applicability.js';
import { officialCases } from '../catalogue-data/official.js';
import { readinessOf, type ReportResults } from './readiness.js';

/** What the evidence shows for one claim: cases that passed, failed, did not run, or are not covered. */
export interface Shown { passed: number; failed: number; notRun: number; notCovered: number }

export interface ClaimRow {
  kind: 'profile' | 'feature';
  /** Profile name or Part 5 feature id. */
  name: string;
  claimed: boolean;
  shown: Shown;
  /** The readiness label for a profile; for a feature, a short verdict. */
  summary: string;
}

/**
 * "Claimed vs shown": per profile and per Part 5 feature the ICS claims, what the run showed. A
 * feature's evidence is the official cases whose condition names it and that apply under the ICS.
 */
export function claimedVsShown(results: ReportResults): ClaimRow[] {
  const rows: ClaimRow[] = [];
  for (const r of readinessOf(results)) {
    const both = { passed: r.mandatory.passed + r.conditional.passed, failed: r.mandatory.failed + r.conditional.failed, notRun: r.mandatory.notRun + r.conditional.notRun + r.mandatory.notApplicable + r.conditional.notApplicable, notCovered: r.notCovered.length };
    rows.push({ kind: 'profile', name: r.label, claimed: r.claimed !== false, shown: both, summary: r.readiness });
  }
  if (!results.ics) return rows;
  const claims = claimsOf(results.ics);
  const ran = new Map(results.cases.map((c) => [caseKey(c.version, c.id), c]));
  const version = results.sut.version;
  const official = officialCases(version, results.sut.role).filter((o) => !o.removed);
  const claimedProfiles = new Set(claims.profiles.map((p) => p.toLowerCase()));
  for (const feature of claims.features) {
    const f = feature.toLowerCase();
    const shown: Shown = { passed: 0, failed: 0, notRun: 0, notCovered: 0 };
    for (const o of official) {
      const m = o.profiles.find((p) => !p.mandatory && claimedProfiles.has(p.profile.toLowerCase()) && applies(p, claims)
        && (p.condition ? conditionNames(p.condition).includes(f) : (p.conditionFeatures ?? []).some((x) => x.toLowerCase() === f)));
      if (!m) continue;
      const result = ran.get(caseKey(version, o.id));
      if (!result) shown.notCovered += 1;
      else if (result.verdict === 'PASS') shown.passed += 1;
      else if (result.verdict === 'FAIL') shown.failed += 1;
      else shown.notRun += 1;
    }
    const total = shown.passed + shown.failed + shown.notRun + shown.notCovered;
    const summary = total === 0 ? 'no case tests it' : shown.failed > 0 ? 'contradicted' : shown.passed === total ? 'shown' : shown.passed > 0 ? 'partly shown' : 'not shown';
    rows.push({ kind: 'feature', name: feature, claimed: true, shown, summary });
  }
  return rows;
}
