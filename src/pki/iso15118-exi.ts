/**
 * The ISO 15118-2 EXI streams the harness and its simulators pass through OCPP (Get15118EVCertificate, M01/M02),
 * read from fixtures/iso15118/ (see its README: opaque placeholders, not schema-valid 15118-2 messages; OCPP
 * never decodes them). Base64 text, as OCPP carries them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HarnessError } from '../errors.js';

export type ExiFixture = 'certificate-installation-req' | 'certificate-update-req' | 'certificate-installation-res';

/** dist/src/pki/ -> the package root's fixtures/iso15118/ (the package ships fixtures/). */
const DIR = new URL('../../../fixtures/iso15118/', import.meta.url);

const cache = new Map<ExiFixture, string>();

/** The fixture's base64 text (one line, no whitespace). */
export function exiFixture(name: ExiFixture): string {
  let b64 = cache.get(name);
  if (b64 === undefined) {
    try {
      b64 = readFileSync(fileURLToPath(new URL(`${name}.exi.b64`, DIR)), 'utf8').trim();
    } catch (err) {
      throw new HarnessError('OCPPH_ERR_PKI', `the ISO 15118 EXI fixture ${name} could not be read from fixtures/iso15118/: ${(err as Error).message}`, undefined, { cause: err });
    }
    cache.set(name, b64);
  }
  return b64;
}

/** Whether `v` is non-empty standard base64 (RFC 4648 section 4, padded) that decodes to the same text again. */
export function isBase64(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0 && v.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(v)
    && Buffer.from(v, 'base64').toString('base64') === v;
}
