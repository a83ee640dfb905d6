import type { CaseInfo, OcppVersion, ProfileMembership, SutRole } from '../engine/model.js';
import { conditionNames, evaluateCondition } from './condition.js';
import { caseKey } from '../domain/case-id.js';
import { membershipText, officialCatalogue } from './official.js';
import type { OfficialCase, OfficialMembership } from './types.js';

export type CaseState = 'implemented' | 'not implemented' | 'removed by errata';

/** One row of `list --all`: an official case (or a harness case the official list lacks) and its state. */
export interface CatalogueRow {
  key: string;
  id: string;
  version: OcppVersion;
  sut: SutRole;
  title: string;
  profiles: OfficialMembership[];
  state: CaseState;
  implemented: boolean;
  /** false for a harness case whose id the official documents do not have. */
  official: boolean;
  removed?: string;
}

/** Every official case of the versions asked, joined with the implemented ones. */
export function catalogueRows(implemented: readonly CaseInfo[], versions: readonly OcppVersion[]): CatalogueRow[] {
  const rows: CatalogueRow[] = [];
  for (const version of versions) {
    const ours = new Map(implemented.filter((c) => c.version === version).map((c) => [c.id, c]));
    for (const c of officialCatalogue(version).cases) {
      const has = ours.delete(c.id);
      rows.push({
        key: caseKey(version, c.id), id: c.id, version, sut: c.sut, title: c.title, profiles: c.profiles,
        state: c.removed ? 'removed by errata' : has ? 'implemented' : 'not implemented', implemented: has, official: true,
        ...(c.removed ? { removed: c.removed } : {}),
      });
    }
    for (const c of ours.values()) {
      rows.push({ key: caseKey(version, c.id), id: c.id, version, sut: c.sut, title: c.title, profiles: c.profiles, state: 'implemented', implemented: true, official: false });
    }
  }
  return rows;
}

export interface CoverageCounts { implemented: number; total: number }
export interface CoverageRow {
  version: OcppVersion;
  sut: SutRole;
  profile: string;
  mandatory: CoverageCounts;
  conditional: CoverageCounts;
}

/** Per version, role and profile: how many of the official mandatory / conditional cases are implemented. */
export function coverageSummary(rows: readonly CatalogueRow[]): CoverageRow[] {
  const out = new Map<string, CoverageRow>();
  for (const r of rows) {
    if (!r.official || r.removed) continue;
    for (const p of r.profiles) {
      const key = `${r.version}|${r.sut}|${p.profile}`;
      let row = out.get(key);
      if (!row) out.set(key, (row = { version: r.version, sut: r.sut, profile: p.profile, mandatory: { implemented: 0, total: 0 }, conditional: { implemented: 0, total: 0 } }));
      const side = p.mandatory ? row.mandatory : row.conditional;
      side.total += 1;
      if (r.implemented) side.implemented += 1;
    }
  }
  return [...out.values()];
}

/**
 * Where an implemented case's metadata differs from the official data: the id is not official, it
 * is removed by errata, or its profiles / M-C / conditions differ. Conditions are compared by
 * meaning (same truth table over the names they mention), so spelling and bracketing do not count.
 */
export function metadataDisagreements(implemented: readonly CaseInfo[]): Array<{ key: string; problem: string }> {
  const out: Array<{ key: string; problem: string }> = [];
  const index = new Map<string, OfficialCase>();
  for (const v of new Set(implemented.map((c) => c.version))) for (const c of officialCatalogue(v).cases) index.set(caseKey(v, c.id), c);
  for (const c of implemented) {
    const key = caseKey(c.version, c.id);
    const official = index.get(key);
    if (!official) { out.push({ key, problem: 'not an official case id' }); continue; }
    if (official.removed && !c.removed) out.push({ key, problem: `removed by ${official.removed}, the case is not marked removed` });
    const problem = profileDifference(c.profiles, official.profiles);
    if (problem) out.push({ key, problem });
  }
  return out;
}

function profileDifference(ours: readonly ProfileMembership[], theirs: readonly OfficialMembership[]): string | undefined {
  const norm = (p: string) => p.toLowerCase();
  const same = ours.length === theirs.length && ours.every((m) => {
    const o = theirs.find((t) => norm(t.profile) === norm(m.profile));
    return o !== undefined && o.mandatory === m.mandatory && (m.mandatory || sameCondition(m.condition ?? '', o));
  });
  if (same) return undefined;
  return `profiles ${ours.map((m) => membershipText(m)).join('; ') || '(none)'}; official ${theirs.map(membershipText).join('; ') || '(none)'}`;
}

function sameCondition(ours: string, official: OfficialMembership): boolean {
  if (official.condition === undefined) {
    // Only the feature ids are known (2.1), or the errata left no condition.
    const ids = official.conditionFeatures ?? [];
    return ids.length === 0 ? ours.trim() === '' : sameNames(conditionNames(ours), ids.map((i) => i.toLowerCase()));
  }
  if (!ours.trim()) return false;
  try {
    const names = [...new Set([...conditionNames(ours), ...conditionNames(official.condition)])];
    if (names.length > 16) return sameNames(conditionNames(ours), conditionNames(official.condition));
    for (let mask = 0; mask < 2 ** names.length; mask++) {
      const claimed = new Set(names.filter((_n, i) => (mask >> i) & 1));
      if (evaluateCondition(ours, claimed) !== evaluateCondition(official.condition, claimed)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function sameNames(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}
