import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';
import { officialCatalogue } from '../catalogue-data/official.js';
import type { OfficialFeature } from '../catalogue-data/types.js';

/** A Part 5 style id: C-30, AQ-9, HFS-1, AS-2, SC-2.1... Other feature names are the harness's own and not checked. */
export const PART5_ID = /^[A-Z]{1,3}-\d+(\.\d+)?$/i;

/**
 * Claims of the harness's own, for hardware facts Part 5 (or the 1.6 document) has no feature id for but a
 * case's applicability depends on. Listed in `ics template`; not checked against Part 5.
 */
export const HARNESS_FEATURES: ReadonlyArray<{ id: string; versions: readonly OcppVersion[]; sut: SutRole; meaning: string }> = [
  { id: 'FixedCable', versions: ['1.6'], sut: 'CS', meaning: 'the cable is permanently attached (TC_017_2/018_2_CS apply, the unlock cases for a socket do not)' },
  { id: 'StopTxBeforePowerDown', versions: ['1.6'], sut: 'CS', meaning: 'backup power: transactions are stopped before a power cut (TC_032_1_CS)' },
  { id: 'LacksDisplayMessageState', versions: ['2.0.1', '2.1'], sut: 'CS', meaning: 'display messages cannot be bound to one of the message states (configured unsupportedDisplayMessageState; TC_O_18_CS)' },
];

/** The Part 5 features of a version and role: named ones (2.0.1), or the ids the conditions use (2.1). */
export function part5Features(version: OcppVersion, sut: SutRole): OfficialFeature[] {
  const cat = officialCatalogue(version);
  if (cat.features) return cat.features[sut];
  const ids = new Set<string>();
  for (const c of cat.cases) if (c.sut === sut) for (const p of c.profiles) for (const f of p.conditionFeatures ?? []) ids.add(f);
  return [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((id) => ({ id, name: '', group: '' }));
}

/** The certification profiles of a version and role, in the order the official data first names them. */
export function part5Profiles(version: OcppVersion, sut: SutRole): string[] {
  const names: string[] = [];
  for (const c of officialCatalogue(version).cases) {
    if (c.sut !== sut) continue;
    for (const p of c.profiles) if (!names.includes(p.profile)) names.push(p.profile);
  }
  return names;
}

/**
 * ICS claims that name no official profile, or a Part 5 style feature id that the version's Part 5
 * does not have for this role (a typo such as C-300, or a CSMS-only id claimed for a station).
 */
export function unknownClaims(version: OcppVersion, sut: SutRole, ics: { profiles?: string[]; features?: string[] }): { profiles: string[]; features: string[] } {
  const profiles = new Set(part5Profiles(version, sut).map((p) => p.toLowerCase()));
  const features = new Set(part5Features(version, sut).map((f) => f.id.toLowerCase()));
  return {
    profiles: (ics.profiles ?? []).filter((p) => !profiles.has(p.toLowerCase())),
    // 1.6 has no Part 5 feature ids at all: every one claimed is unknown.
    features: (ics.features ?? []).filter((f) => PART5_ID.test(f) && !features.has(f.toLowerCase())),
  };
}
