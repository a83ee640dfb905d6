import type { OcppVersion, SutRole } from './model.js';
import type { TestCase } from './testcase.js';
import type { Ics } from './ics.js';
import { connectorCount } from './ics.js';
import type { PlannedCase } from './runner.js';
import { evaluateCondition } from './condition.js';

export interface Selection {
  version?: OcppVersion;
  sut?: SutRole;
  /** Keep cases in any of these profiles. */
  profiles?: string[];
  /** Case ids; `*` wildcards allowed (TC_B_*). */
  ids?: string[];
  /** Case ids left out (e.g. one that wedges the SUT); `*` wildcards allowed. */
  exclude?: string[];
}

function matchesId(id: string, patterns: string[]): boolean {
  return patterns.some((p) => (p.includes('*') ? new RegExp(`^${p.split('*').map(escapeRe).join('.*')}$`, 'i').test(id) : p.toLowerCase() === id.toLowerCase()));
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
    && (!sel.ids?.length || matchesId(c.id, sel.ids))
    && !(sel.exclude?.length && matchesId(c.id, sel.exclude)));
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
