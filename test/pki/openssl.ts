/** The openssl CLI as an independent check of what src/pki produces. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const OPENSSL = '/usr/bin/openssl';

export interface OpensslResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs openssl; never throws on a non-zero exit (negative checks expect failures). */
export function openssl(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}): OpensslResult {
  const r = spawnSync(OPENSSL, args, { cwd: opts.cwd, input: opts.input, encoding: 'utf8' });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs openssl and throws with its stderr unless it exits 0. */
export function opensslOk(args: string[], opts: { cwd?: string; input?: string | Buffer } = {}): string {
  const r = openssl(args, opts);
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/** A temp folder made on first use of `dir` (not when a test file loads) and its removal. */
export function tempDir(prefix: string): { readonly dir: string; remove(): void } {
  let made: string | undefined;
  return {
    get dir(): string {
      made ??= mkdtempSync(path.join(tmpdir(), prefix));
      return made;
    },
    remove(): void {
      if (made) rmSync(made, { recursive: true, force: true });
      made = undefined;
    },
  };
}
