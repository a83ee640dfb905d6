import { evaluateCondition } from './condition.js';
import type { OfficialMembership } from './types.js';

/** What an ICS claims, as far as Part 5 conditions go. */
export interface Claims {
  profiles: string[];
  features: string[];
  /** Number of EVSEs: Part 5 writes "HFS-8 > 1" for more than one. */
  evses?: number;
}

/** Reads the claims from an ICS object as results.json records it. */
export function claimsOf(ics: Record<string, unknown>): Claims {
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const evses = Array.isArray(ics.evses) ? ics.evses.length : typeof ics.evses === 'number' ? ics.evses : undefined;
  return { profiles: strings(ics.profiles), features: strings(ics.features), ...(evses !== undefined ? { evses } : {}) };
}

/** The lower-case names a condition is evaluated against (as the plan does). */
export function claimedNames(claims: Claims): Set<string> {
  const names = new Set([...claims.features, ...claims.profiles].map((f) => f.toLowerCase()));
  if ((claims.evses ?? 1) > 1) names.add('hfs-8 > 1');
  return names;
}

/**
 * Whether a membership applies under the claims: mandatory always; conditional when its Part 5
 * condition holds, or (2.1, only feature ids known) when any of its features is claimed.
 */
export function applies(m: OfficialMembership, claims: Claims): boolean {
  if (m.mandatory) return true;
  const names = claimedNames(claims);
  if (m.condition) {
    try {
      return evaluateCondition(m.condition, names);
    } catch {
      return false;
    }
  }
  return (m.conditionFeatures ?? []).some((f) => names.has(f.toLowerCase()));
}
