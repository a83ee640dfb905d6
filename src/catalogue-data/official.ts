import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';
import { HarnessError } from '../errors.js';
import { caseKey } from '../domain/case-id.js';
import type { OfficialCase, OfficialCatalogue, OfficialMembership } from './types.js';

/** data/official-catalogue, seen from dist/src/catalogue-data. */
const DATA_DIR = new URL('../../../data/official-catalogue/', import.meta.url);
const FILES: Record<OcppVersion, string> = { '1.6': 'ocpp16.json', '2.0.1': 'ocpp201.json', '2.1': 'ocpp21.json' };
const cache = new Map<OcppVersion, OfficialCatalogue>();

/** The official catalogue of a version (built by `npm run catalogue:data`), read once. */
export function officialCatalogue(version: OcppVersion): OfficialCatalogue {
  let cat = cache.get(version);
  if (cat) return cat;
  const file = fileURLToPath(new URL(FILES[version], DATA_DIR));
  try {
    cat = JSON.parse(readFileSync(file, 'utf8')) as OfficialCatalogue;
  } catch (error) {
    throw new HarnessError('OCPPH_ERR_CATALOGUE', `cannot read the official catalogue ${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
  cache.set(version, cat);
  return cat;
}

/** The official cases of a version and SUT role (removed ones included, marked). */
export function officialCases(version: OcppVersion, sut?: SutRole): OfficialCase[] {
  return officialCatalogue(version).cases.filter((c) => !sut || c.sut === sut);
}

/** Official case by `${version}/${id}`. */
export function officialIndex(version: OcppVersion): Map<string, OfficialCase> {
  return new Map(officialCatalogue(version).cases.map((c) => [caseKey(version, c.id), c]));
}

/** "Core (M)", "Core (C: C-13)" */
export function membershipText(m: OfficialMembership): string {
  if (m.mandatory) return `${m.profile} (M)`;
  return `${m.profile} (C: ${m.condition ?? (m.conditionFeatures?.length ? m.conditionFeatures.join(' / ') : '?')})`;
}
