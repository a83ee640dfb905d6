import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OcppVersion, SutRole } from './model.js';
import { isTestCase, type TestCase } from './testcase.js';
import type { Preconditions } from './runner.js';
import { HarnessError } from '../errors.js';
import { OCPP_VERSIONS, VERSION_FOLDERS } from '../domain/version.js';
import { caseKey, parseCaseId } from '../domain/case-id.js';

/** The compiled catalogue shipped with the harness: dist/testcases. */
export function defaultCatalogueDir(): string {
  return fileURLToPath(new URL('../../testcases/', import.meta.url));
}

export interface Catalogue {
  cases: TestCase[];
  /** General preconditions per version and SUT role, exported by `_shared/preconditions.js` files. */
  preconditions: Map<string, Preconditions>;
}

export function preconditionsKey(version: OcppVersion, sut: SutRole): string {
  return `${version}/${sut}`;
}

/** Where a module sits in the catalogue: a case file, or a helper module that must export no case. */
type Placement =
  | { kind: 'case'; version: OcppVersion; folder: string; id: string }
  | { kind: 'helper'; version?: OcppVersion }
  | { kind: 'fixture' };

const HELPER_FILE = /^(steps(\..+)?|kit)\.js$/;

function placementOf(root: string, full: string): Placement {
  const rel = path.relative(root, full).split(path.sep);
  if (rel.length === 1) return rel[0] === 'kit.js' ? { kind: 'helper' } : { kind: 'fixture' };
  const version = OCPP_VERSIONS.find((v) => VERSION_FOLDERS[v] === rel[0]);
  if (!version) return { kind: 'fixture' };
  if (rel.length !== 3 || rel[1] === '_shared' || HELPER_FILE.test(rel[2]!)) return { kind: 'helper', version };
  return { kind: 'case', version, folder: rel[1]!, id: rel[2]!.replace(/\.js$/, '') };
}

function catalogueError(file: string, message: string, details: Record<string, unknown> = {}): HarnessError {
  return new HarnessError('OCPPH_ERR_CATALOGUE', `${file}: ${message}`, { file, ...details });
}

/**
 * Checks the layout rule: testcases/<version folder>/<Block>/<id>.ts holds exactly one case,
 * named by its file, whose version is its version folder and whose block letter (2.x) starts its
 * folder name. 1.6 cases take their block from their folder (the OCTT 1.6 document section).
 */
function placeCase(file: string, where: Extract<Placement, { kind: 'case' }>, found: TestCase[]): TestCase {
  if (found.length !== 1) throw catalogueError(file, `a case file exports exactly one case; found ${found.length} (${found.map((c) => c.id).join(', ') || 'none'})`);
  const tc = found[0]!;
  if (tc.id !== where.id) throw catalogueError(file, `the file name says ${where.id} but the case is ${tc.id}`, { id: tc.id });
  if (tc.version !== where.version) throw catalogueError(file, `case ${tc.id} says version ${tc.version} but sits in ${VERSION_FOLDERS[where.version]}/`, { id: tc.id });
  const letter = parseCaseId(tc.id)?.block;
  if (letter) {
    if (!where.folder.startsWith(`${letter}-`)) throw catalogueError(file, `case ${tc.id} belongs in a folder of block ${letter} (${letter}-...), not ${where.folder}/`, { id: tc.id });
    return tc;
  }
  return tc.block === where.folder ? tc : { ...tc, block: where.folder };
}

async function jsFilesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => path.join(e.parentPath, e.name)).sort();
}

async function importModule(full: string): Promise<Record<string, unknown>> {
  try {
    return (await import(pathToFileURL(full).href)) as Record<string, unknown>;
  } catch (err) {
    const e = err as Error & { details?: unknown };
    throw new HarnessError('OCPPH_ERR_CATALOGUE', `${full}: ${e.message}`, { file: full, ...(e.details ? { details: e.details } : {}) }, { cause: err });
  }
}

/**
 * Loads every case under `dir/<version folder>/` (and cases directly in `dir`, for small fixture
 * catalogues), importing in parallel. A malformed case, a file that breaks the layout rule or a
 * duplicate (version, id) fails the load naming the file.
 */
export async function loadCatalogue(dir: string = defaultCatalogueDir(), versions?: OcppVersion[]): Promise<Catalogue> {
  const root = path.resolve(dir);
  const topLevel = (await readdir(root, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile() && e.name.endsWith('.js')).map((e) => path.join(root, e.name));
  const folders = OCPP_VERSIONS.filter((v) => !versions || versions.includes(v)).map((v) => path.join(root, VERSION_FOLDERS[v]));
  const files = [...topLevel, ...(await Promise.all(folders.map(jsFilesUnder))).flat()];
  const modules = await Promise.all(files.map(async (full) => ({ full, mod: await importModule(full) })));

  const cases: TestCase[] = [];
  const preconditions = new Map<string, Preconditions>();
  const seen = new Map<string, string>();
  for (const { full, mod } of modules) {
    const where = placementOf(root, full);
    const found: TestCase[] = [];
    for (const [name, value] of Object.entries(mod)) {
      if (name === 'preconditions' && value && typeof value === 'object') {
        for (const [key, fn] of Object.entries(value as Record<string, Preconditions>)) preconditions.set(key, fn);
        continue;
      }
      if (isTestCase(value) && !found.includes(value)) found.push(value);
    }
    if (where.kind === 'helper' && found.length) throw catalogueError(full, `helper modules (steps, _shared, kit) export no case; found ${found.map((c) => c.id).join(', ')}`);
    const placed = where.kind === 'case' ? [placeCase(full, where, found)] : found;
    for (const tc of placed) {
      const key = caseKey(tc.version, tc.id);
      const prior = seen.get(key);
      if (prior) throw catalogueError(full, `duplicate test case ${key} (also in ${prior})`, { id: tc.id });
      seen.set(key, full);
      cases.push(tc);
    }
  }
  cases.sort((a, b) => compareVersions(a.version, b.version) || compareIds(a.id, b.id));
  return { cases, preconditions };
}

function compareVersions(a: OcppVersion, b: OcppVersion): number {
  return OCPP_VERSIONS.indexOf(a) - OCPP_VERSIONS.indexOf(b);
}

/** Orders TC_B_2_CS before TC_B_10_CS and groups by block. */
let builtIn: Promise<ReadonlySet<string> | undefined> | undefined;

/** The keys of the built-in catalogue, loaded once; undefined if it cannot be loaded (readiness then counts absent cases as not covered). */
export function builtInImplemented(): Promise<ReadonlySet<string> | undefined> {
  builtIn ??= loadCatalogue().then((c) => new Set(c.cases.map((tc) => caseKey(tc.version, tc.id))), () => undefined);
  return builtIn;
}

export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
