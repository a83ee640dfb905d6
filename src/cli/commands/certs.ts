import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { MANIFEST_FILE, type PkiManifest, type PkiParams } from '../../pki/roles.js';
import { initPki, inspectPki, type PkiParamOptions } from '../../pki/store.js';

export interface CertsInitOptions {
  out?: string;
  csmsHost?: string;
  stationId?: string;
  org?: string;
  seccId?: string;
  emaid?: string;
  force?: boolean;
  json?: boolean;
}

type Out = Pick<NodeJS.WritableStream, 'write'>;

const PARAM_FLAGS: [keyof PkiParams, string][] = [
  ['csmsHost', '--csms-host'], ['stationId', '--station-id'], ['org', '--org'], ['seccId', '--secc-id'], ['emaid', '--emaid'],
];

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd()).join('\n') + '\n';
}

function describe(p: PkiParams): string {
  return `CSMS host ${p.csmsHost}, station ${p.stationId}, org ${JSON.stringify(p.org)}`;
}

/**
 * `certs init`: writes the test PKI, or keeps a complete one already there (unless --force).
 * Prints what the folder holds; with --json, the manifest alone. Throws HarnessError (OCPPH_ERR_PKI).
 */
export async function runCertsInit(options: CertsInitOptions, out: Out = process.stdout): Promise<PkiManifest> {
  const outDir = resolve(options.out ?? 'certs');
  const rel = relative(process.cwd(), outDir);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? outDir : rel;
  const asked: PkiParamOptions = {
    csmsHost: options.csmsHost, stationId: options.stationId, org: options.org, seccId: options.seccId, emaid: options.emaid,
  };
  const before = options.force ? undefined : await inspectPki(outDir);
  const manifest = await initPki({ ...asked, outDir, force: options.force === true });
  if (options.json) {
    out.write(`${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  }
  if (before?.state === 'complete') {
    out.write(`kept the existing test PKI in ${shown} (${describe(before.params)}); use --force to regenerate\n`);
    for (const [key, flag] of PARAM_FLAGS) {
      const wanted = asked[key];
      if (wanted !== undefined && wanted !== before.params[key]) {
        out.write(`  note: ${flag} ${JSON.stringify(wanted)} differs from the existing ${JSON.stringify(before.params[key])}; it was not applied\n`);
      }
    }
  } else {
    const why = before?.state === 'incomplete' ? ` (replacing an incomplete set: ${before.problem})` : '';
    out.write(`wrote a test PKI into ${shown}${why}; private keys are mode 0600, never share them\n`);
  }
  const rows = [['ROLE', 'CERTIFICATE', 'KEY', 'VALID UNTIL', 'SUBJECT']];
  for (const e of manifest) {
    const key = e.keyType === 'rsa' ? `RSA ${e.keyBits}` : `EC ${e.curve}`;
    rows.push([e.role, e.file, key, e.notAfter.slice(0, 10), e.subject]);
  }
  out.write(table(rows));
  out.write(`keys: <role>.key.pem beside each certificate; manifest: ${join(shown, MANIFEST_FILE)}\n`);
  return manifest;
}

export function registerCertsCommand(program: Command): void {
  const certs = program.command('certs').description('manage the test PKI (certificates for TLS security profiles, ISO 15118 and firmware signing)');
  certs
    .command('init')
    .description('generate every certificate a conformance run needs (keeps a complete existing set unless --force)')
    .option('-o, --out <dir>', 'folder to write into', 'certs')
    // no commander defaults for these: "not given" must stay distinguishable from "given as the default"
    .option('--csms-host <host>', 'CN and subjectAltName of the CSMS server certificates (default: localhost)')
    .option('--station-id <id>', 'CN of the charging-station certificate, its serial number (default: CS001)')
    .option('--org <name>', 'O of the CSO certificates: CSMS root, CSO sub-CA, station (default: "Test CSO")')
    .option('--secc-id <id>', 'CN of the ISO 15118 SECC certificate (default: the station id)')
    .option('--emaid <emaid>', 'CN of the ISO 15118 contract certificate (default: NLTSTC00000001)')
    .option('--force', 'regenerate even if the folder holds a complete PKI', false)
    .option('--json', 'print the manifest as JSON instead of a table', false)
    .action(async (options: CertsInitOptions) => {
      await runCertsInit(options);
    });
}
