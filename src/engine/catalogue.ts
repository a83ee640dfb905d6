import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OcppVersion, SutRole } from './model.js';
import { isTestCase, type TestCase } from './testcase.js';
import type { Preconditions } from './runner.js';
import { HarnessError } from '../errors.js';

const VERSION_DIRS: Record<OcppVersion, string> = { '1.6': 'ocpp16', '2.0.1': 'ocpp201', '2.1': 'ocpp21' };

/** The compiled catalogue shipped with the harness: dist/testcases. */
export function defaultCatalogueDir(): string {
  return fileURLToPath(new URL('../../testcases/', import.meta.url));
}

export interface Catalogue {
  cases: TestCase[];
  /** General preconditions per version and SUT role, exported by `preconditions.js` files. */
  preconditions: Map<string, Preconditions>;
}

export function preconditionsKey(version: OcppVersion, sut: SutRole): string {
  return `${version}/${sut}`;
}

/**
 * Loads every case under `dir/<versionDir>/` (and cases directly in `dir`, for small fixture
 * catalogues). A malformed case or a duplicate id fails the load naming the file.
 */
export async function loadCatalogue(dir: string = defaultCatalogueDir(), versions?: OcppVersion[]): Promise<Catalogue> {
  const cases: TestCase[] = [];
  const preconditions = new Map<string, Preconditions>();
  const seen = new Map<string, string>();
  const folders = [dir, ...Object.entries(VERSION_DIRS)
    .filter(([v]) => !versions || versions.includes(v as OcppVersion))
    .map(([, d]) => path.join(dir, d))];
  for (const folder of folders) {
    let entries: string[];
    try {
      entries = (await readdir(folder)).filter((f) => f.endsWith('.js')).sort();
    } catch {
      continue;
    }
    for (const file of entries) {
      const full = path.join(folder, file);
      let mod: Record<string, unknown>;
      try {
        mod = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
      } catch (err) {
        const e = err as Error & { code?: string; details?: unknown };
        throw new HarnessError('OCPPH_ERR_CATALOGUE', `${full}: ${e.message}`, { file: full, ...(e.details ? { details: e.details } : {}) }, { cause: err });
      }
      for (const [name, value] of Object.entries(mod)) {
        if (name === 'preconditions' && value && typeof value === 'object') {
          for (const [key, fn] of Object.entries(value as Record<string, Preconditions>)) preconditions.set(key, fn);
          continue;
        }
        if (!isTestCase(value)) continue;
        const prior = seen.get(value.id);
        if (prior && prior !== full) throw new HarnessError('OCPPH_ERR_CATALOGUE', `${full}: duplicate test case id ${value.id} (also in ${prior})`, { file: full, id: value.id });
        if (prior) continue;
        seen.set(value.id, full);
        cases.push(value);
      }
    }
  }
  cases.sort((a, b) => compareIds(a.id, b.id));
  return { cases, preconditions };
}

/** Orders TC_B_2_CS before TC_B_10_CS and groups by block. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
