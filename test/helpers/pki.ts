/**
 * One test PKI for the whole mocha process (the project's `src/pki`), generated on first use into
 * a temp folder that is removed at exit. Suites that need certificates call `testPki()` in `before`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensurePki, type Pki } from '../../src/pki/store.js';

export type { Pki };

/** The station identity the PKI's `station` and `self-signed-station` certificates are made for. */
export const PKI_STATION_ID = 'CS001';

let shared: Promise<Pki> | undefined;

export function testPki(): Promise<Pki> {
  if (!shared) {
    const dir = mkdtempSync(path.join(tmpdir(), 'ocpph-test-pki-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    shared = ensurePki(dir, { stationId: PKI_STATION_ID, csmsHost: 'localhost' });
  }
  return shared;
}
