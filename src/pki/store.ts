/**
 * The PKI folder: `initPki` writes it (keys 0600, manifest last so a half-written folder is
 * never taken for a complete one), `loadPki` reads it, `ensurePki` does whichever is needed.
 */
import { createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HarnessError } from '../errors.js';
import { generatePki } from './plan.js';
import {
  DEFAULT_PKI_PARAMS, MANIFEST_FILE, PKI_ROLES, isPkiRole, type ManifestEntry, type PkiManifest, type PkiParams,
  type PkiRole,
} from './roles.js';
import { nameAttribute, parseCertificate, pemToDer } from './x509.js';

export interface InitPkiOptions {
  outDir: string;
  csmsHost?: string;
  stationId?: string;
  org?: string;
  /** CN of the SECC certificate; defaults to the station id. */
  seccId?: string;
  /** CN of the contract certificate. */
  emaid?: string;
  /** Regenerate even when the folder already holds a complete PKI. */
  force?: boolean;
}

export type PkiParamOptions = Omit<InitPkiOptions, 'outDir' | 'force'>;

export type PkiState =
  | { state: 'complete'; manifest: PkiManifest; params: PkiParams }
  | { state: 'missing' }
  | { state: 'incomplete'; problem: string };

const HINT = 'run `ocpp-harness certs init`';

function pkiError(message: string, dir: string, cause?: unknown): HarnessError {
  return new HarnessError('OCPPH_ERR_PKI', message, { dir }, cause === undefined ? undefined : { cause });
}

export function resolveParams(opts: PkiParamOptions): PkiParams {
  const stationId = opts.stationId ?? DEFAULT_PKI_PARAMS.stationId;
  return {
    csmsHost: opts.csmsHost ?? DEFAULT_PKI_PARAMS.csmsHost,
    stationId,
    org: opts.org ?? DEFAULT_PKI_PARAMS.org,
    seccId: opts.seccId ?? stationId,
    emaid: opts.emaid ?? DEFAULT_PKI_PARAMS.emaid,
  };
}

function safeRelative(file: unknown): file is string {
  return typeof file === 'string' && file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..');
}

/** Parses and checks a manifest; returns a problem description instead of throwing. */
function checkManifest(text: string): { manifest: PkiManifest } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problem: `${MANIFEST_FILE} is not valid JSON (${(err as Error).message})` };
  }
  if (!Array.isArray(data)) return { problem: `${MANIFEST_FILE} is not a JSON array` };
  const byRole = new Map<PkiRole, ManifestEntry>();
  for (const e of data as Record<string, unknown>[]) {
    if (typeof e !== 'object' || e === null || !isPkiRole(e.role)) return { problem: `${MANIFEST_FILE} has an entry with an unknown role` };
    if (!safeRelative(e.file) || !safeRelative(e.keyFile)) return { problem: `${MANIFEST_FILE}: role ${e.role} has a bad file path` };
    byRole.set(e.role, e as unknown as ManifestEntry);
  }
  const missing = PKI_ROLES.filter((r) => !byRole.has(r));
  if (missing.length) return { problem: `${MANIFEST_FILE} lacks role(s) ${missing.join(', ')}` };
  return { manifest: data as PkiManifest };
}

function paramsFrom(get: (role: PkiRole) => string): PkiParams {
  const subject = (role: PkiRole): Buffer => {
    const der = pemToDer(get(role), ['CERTIFICATE']);
    if (!der) throw new Error(`${role} certificate is not PEM`);
    return parseCertificate(der).subjectName;
  };
  const station = subject('station');
  return {
    csmsHost: nameAttribute(subject('csms-server-rsa'), 'CN') ?? '',
    stationId: nameAttribute(station, 'CN') ?? '',
    org: nameAttribute(station, 'O') ?? '',
    seccId: nameAttribute(subject('secc'), 'CN') ?? '',
    emaid: nameAttribute(subject('contract'), 'CN') ?? '',
  };
}

/** What the folder holds: a complete PKI (and what it was made for), nothing, or a broken set. */
export async function inspectPki(dir: string): Promise<PkiState> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'incomplete', problem: `cannot read ${MANIFEST_FILE}: ${(err as Error).message}` };
  }
  const checked = checkManifest(text);
  if ('problem' in checked) return { state: 'incomplete', problem: checked.problem };
  const certs = new Map<PkiRole, string>();
  for (const e of checked.manifest) {
    for (const f of [e.file, e.keyFile]) {
      if (!(await stat(path.join(dir, f)).then((s) => s.isFile(), () => false))) {
        return { state: 'incomplete', problem: `${f} (role ${e.role}) is missing` };
      }
    }
    certs.set(e.role, await readFile(path.join(dir, e.file), 'utf8'));
  }
  try {
    return { state: 'complete', manifest: checked.manifest, params: paramsFrom((r) => certs.get(r) ?? '') };
  } catch (err) {
    return { state: 'incomplete', problem: `cannot read the certificates: ${(err as Error).message}` };
  }
}

async function writeAtomic(file: string, data: string, mode: number): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data, { mode });
  await chmod(tmp, mode); // the umask may have narrowed or a stale file widened it
  await rename(tmp, file);
}

/**
 * Writes a complete test PKI into `outDir` and returns its manifest. A folder that already holds
 * a complete PKI is kept as it is (whatever it was made for) unless `force` is set.
 */
export async function initPki(opts: InitPkiOptions): Promise<PkiManifest> {
  const dir = opts.outDir;
  if (!opts.force) {
    const current = await inspectPki(dir);
    if (current.state === 'complete') return current.manifest;
  }
  const generated = await generatePki(resolveParams(opts));
  try {
    await mkdir(dir, { recursive: true });
    for (const g of generated) {
      await writeAtomic(path.join(dir, g.entry.keyFile), g.keyPem, 0o600);
      await writeAtomic(path.join(dir, g.entry.file), g.certPem, 0o644);
    }
    const manifest = generated.map((g) => g.entry);
    await writeAtomic(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, 0o644);
    return manifest;
  } catch (err) {
    throw pkiError(`cannot write the PKI into ${dir}: ${(err as Error).message}`, dir, err);
  }
}

/** One certificate of the PKI with its key. The key is a getter, so logging the object does not print it. */
export class PkiMaterial {
  readonly #keyPem: string;

  constructor(
    readonly role: PkiRole,
    readonly certPem: string,
    keyPem: string,
    /** Absolute path of the certificate file. */
    readonly certFile: string,
    /** Absolute path of the key file. */
    readonly keyFile: string,
    readonly entry: ManifestEntry,
  ) {
    this.#keyPem = keyPem;
  }

  get keyPem(): string {
    return this.#keyPem;
  }
}

/** A loaded PKI folder. */
export class Pki {
  readonly #materials: Map<PkiRole, PkiMaterial>;

  constructor(
    readonly dir: string,
    readonly manifest: PkiManifest,
    readonly params: PkiParams,
    materials: Map<PkiRole, PkiMaterial>,
  ) {
    this.#materials = materials;
  }

  /** Shorthand for `params.stationId`. */
  get stationId(): string {
    return this.params.stationId;
  }

  get(role: PkiRole): PkiMaterial {
    const m = this.#materials.get(role);
    if (!m) throw pkiError(`the PKI in ${this.dir} has no certificate for role ${String(role)}; ${HINT} --force`, this.dir);
    return m;
  }

  /** The role's certificate followed by its intermediates, leaf first; the self-signed root left out. */
  chainPem(role: PkiRole): string {
    const parts = [this.get(role).certPem];
    for (let r = this.get(role).entry.issuerRole; r !== null; r = this.get(r).entry.issuerRole) {
      if (this.get(r).entry.issuerRole !== null) parts.push(this.get(r).certPem);
    }
    return parts.join('');
  }

  /** The self-signed root the role's chain ends in (the role itself for a root or a self-signed certificate). */
  rootPem(role: PkiRole): string {
    let m = this.get(role);
    while (m.entry.issuerRole !== null) m = this.get(m.entry.issuerRole);
    return m.certPem;
  }
}

/** Reads a PKI folder written by `initPki` (synchronously: a few small files). */
export function loadPki(dir: string): Pki {
  const abs = path.resolve(dir);
  const manifestFile = path.join(abs, MANIFEST_FILE);
  if (!existsSync(manifestFile)) {
    throw pkiError(`no test PKI in ${abs} (${MANIFEST_FILE} not found); ${HINT} --out ${dir}`, abs);
  }
  const checked = checkManifest(readFileSync(manifestFile, 'utf8'));
  if ('problem' in checked) throw pkiError(`the test PKI in ${abs} is unusable: ${checked.problem}; ${HINT} --force`, abs);
  const materials = new Map<PkiRole, PkiMaterial>();
  for (const e of checked.manifest) {
    const certFile = path.join(abs, e.file);
    const keyFile = path.join(abs, e.keyFile);
    let certPem: string;
    let keyPem: string;
    try {
      certPem = readFileSync(certFile, 'utf8');
      keyPem = readFileSync(keyFile, 'utf8');
    } catch (err) {
      throw pkiError(`the test PKI in ${abs} is incomplete (role ${e.role}: ${(err as Error).message}); ${HINT} --force`, abs, err);
    }
    // A key or certificate that does not parse is named here, not deep inside a TLS handshake later.
    try {
      createPrivateKey(keyPem);
    } catch (err) {
      throw pkiError(`the test PKI in ${abs} has an unreadable private key ${keyFile} (role ${e.role}): ${(err as Error).message}; ${HINT} --force`, abs, err);
    }
    try {
      new X509Certificate(certPem);
    } catch (err) {
      throw pkiError(`the test PKI in ${abs} has an unreadable certificate ${certFile} (role ${e.role}): ${(err as Error).message}; ${HINT} --force`, abs, err);
    }
    materials.set(e.role, new PkiMaterial(e.role, certPem, keyPem, certFile, keyFile, e));
  }
  let params: PkiParams;
  try {
    params = paramsFrom((r) => materials.get(r)?.certPem ?? '');
  } catch (err) {
    throw pkiError(`the test PKI in ${abs} has an unreadable certificate (${(err as Error).message}); ${HINT} --force`, abs, err);
  }
  return new Pki(abs, checked.manifest, params, materials);
}

/**
 * Loads the PKI in `dir`, generating it first when the folder holds none, a broken one, or one
 * made for other parameters than those given explicitly in `opts` (for the demo and tests).
 */
export async function ensurePki(dir: string, opts: PkiParamOptions = {}, notify?: (message: string) => void): Promise<Pki> {
  const current = await inspectPki(dir);
  const wanted = Object.entries(opts).filter(([, v]) => v !== undefined) as [keyof PkiParams, string][];
  const fits = current.state === 'complete' && wanted.every(([k, v]) => current.params[k] === v);
  if (!fits) {
    const why = current.state === 'missing' ? 'there was none' : current.state === 'incomplete' ? `the one there was unusable (${current.problem})` : 'the one there was made for other parameters';
    await initPki({ ...opts, outDir: dir, force: true });
    notify?.(`generated a new test PKI in ${path.resolve(dir)}: ${why}`);
  }
  return loadPki(dir);
}
