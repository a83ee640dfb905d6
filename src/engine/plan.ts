import type { OcppVersion, SutRole } from './model.js';
import type { TestCase } from './testcase.js';
import type { Ics } from '../domain/ics.js';
import { connectorCount } from './ics.js';
import type { PlannedCase } from './runner.js';
import { evaluateCondition } from '../catalogue-data/condition.js';
import { caseKey } from '../domain/case-id.js';
import { HarnessError } from '../errors.js';

export interface Selection {
  version?: OcppVersion;
  sut?: SutRole;
  /** Keep cases in any of these profiles. */
  profiles?: string[];
  /** Case ids or version/id keys (2.1/TC_B_01_CS); `*` wildcards allowed (TC_B_*). */
  ids?: string[];
  /** Case ids left out (e.g. one that wedges the SUT); `*` wildcards allowed. */
  exclude?: string[];
}

/** A pattern is an id (`TC_B_01_CS`) or a key (`2.1/TC_B_01_CS`), `*` wildcards allowed in either. */
function matchesId(tc: TestCase, patterns: string[]): boolean {
  return patterns.some((p) => {
    const subject = p.includes('/') ? caseKey(tc.version, tc.id) : tc.id;
    return p.includes('*') ? new RegExp(`^${p.split('*').map(escapeRe).join('.*')}$`, 'i').test(subject) : p.toLowerCase() === subject.toLowerCase();
  });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Filters the catalogue by version, role, profile and id. Removed cases are never selected. */
export function select(cases: readonly TestCase[], sel: Selection): TestCase[] {
  const profiles = sel.profiles?.map((p) => p.toLowerCase());
  return cases.filter((c) => !c.removed
    && (!sel.version || c.version === sel.version)
    && (!sel.sut || c.sut === sel.sut)
    && (!profiles?.length || c.profiles.some((m) => profiles.includes(m.profile.toLowerCase())))
    && (!sel.ids?.length || matchesId(c, sel.ids))
    && !(sel.exclude?.length && matchesId(c, sel.exclude)));
}

/**
 * Selects like `select`, and refuses a selection that names nothing: an unknown --case pattern or
 * --profile, or an empty plan, is the user's mistake (exit 2), never a silent run of zero cases.
 */
export function selectOrRefuse(cases: readonly TestCase[], sel: Selection): TestCase[] {
  const pool = select(cases, { ...(sel.version ? { version: sel.version } : {}), ...(sel.sut ? { sut: sel.sut } : {}) });
  const where = `OCPP ${sel.version ?? 'any version'}, ${sel.sut === 'CSMS' ? 'a CSMS' : sel.sut === 'CS' ? 'a charging station' : 'any SUT'} under test`;
  const unknownIds = (sel.ids ?? []).filter((p) => !pool.some((c) => matchesId(c, [p])));
  if (unknownIds.length) throw new HarnessError('OCPPH_ERR_USAGE', `nothing to run: --case ${unknownIds.join(', ')} matches no case for ${where} (see \`ocpp-harness list\`)`, { field: 'case', unknown: unknownIds });
  const known = new Set(pool.flatMap((c) => c.profiles.map((m) => m.profile.toLowerCase())));
  const unknownProfiles = (sel.profiles ?? []).filter((p) => !known.has(p.toLowerCase()));
  if (unknownProfiles.length) {
    const names = [...new Set(pool.flatMap((c) => c.profiles.map((m) => m.profile)))].sort().join(', ');
    throw new HarnessError('OCPPH_ERR_USAGE', `nothing to run: --profile ${unknownProfiles.join(', ')} is not a profile of any case for ${where}; known: ${names}`, { field: 'profile', unknown: unknownProfiles });
  }
  const selected = select(cases, sel);
  if (!selected.length) throw new HarnessError('OCPPH_ERR_USAGE', `nothing to run: no case for ${where} matches the selection`, { field: 'case' });
  return selected;
}

/**
 * Applies the ICS: a case applies when the SUT claims one of its profiles and, for a conditional
 * membership, the Part 5 condition holds for the claimed features. Otherwise NOT_APPLICABLE.
 */
export function plan(cases: readonly TestCase[], ics: Ics, selectedProfiles?: string[]): PlannedCase[] {
  const claimedProfiles = new Set(ics.profiles.map((p) => p.toLowerCase()));
  const claimed = new Set([...ics.features, ...ics.profiles].map((f) => f.toLowerCase()));
  // Hardware feature HFS-8 (number of EVSEs) follows from the layout: Part 5 writes the condition "HFS-8 > 1".
  if (ics.evses.length > 1) claimed.add('hfs-8 > 1');
  const onlyProfiles = selectedProfiles?.map((p) => p.toLowerCase());
  return cases.map((testCase) => {
    const memberships = testCase.profiles.filter((m) => !onlyProfiles?.length || onlyProfiles.includes(m.profile.toLowerCase()));
    const inClaimed = memberships.filter((m) => claimedProfiles.has(m.profile.toLowerCase()));
    if (!inClaimed.length) {
      return { testCase, notApplicable: `the ICS does not claim ${memberships.map((m) => m.profile).join(' / ')}` };
    }
    const applies = inClaimed.some((m) => m.mandatory || evaluateCondition(m.condition ?? '', claimed));
    if (!applies) {
      const conds = inClaimed.map((m) => m.condition).filter(Boolean).join('; ');
      return { testCase, notApplicable: `conditional case: the ICS does not claim ${conds}` };
    }
    const req = testCase.definition.requires;
    const missing = (req?.features ?? []).filter((f) => !claimed.has(f.toLowerCase()));
    if (missing.length) return { testCase, notApplicable: `needs ${missing.join(', ')}, not claimed in the ICS` };
    if (req?.securityProfile && !req.securityProfile.includes(ics.securityProfile)) {
      return { testCase, notApplicable: `needs security profile ${req.securityProfile.join(' or ')}; the ICS claims ${ics.securityProfile}` };
    }
    if (req?.minConnectors && connectorCount(ics) < req.minConnectors) {
      return { testCase, notApplicable: `needs at least ${req.minConnectors} connectors; the ICS has ${connectorCount(ics)}` };
    }
    return { testCase };
  });
}
