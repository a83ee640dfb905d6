/**
 * Layer rules of shared/DESIGN.md, checked on the sources: protocol code knows nothing of test
 * cases, simulators are written from the specification (never from the cases), and cases know
 * nothing of sockets or framing.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function tsFiles(dir: string): string[] {
  const full = path.join(ROOT, dir);
  return readdirSync(full).flatMap((name) => {
    const p = path.join(full, name);
    return statSync(p).isDirectory() ? tsFiles(path.join(dir, name)) : name.endsWith('.ts') ? [path.join(dir, name)] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2] ?? '')
    .map((spec) => (spec.startsWith('.') ? path.normalize(path.join(path.dirname(file), spec)) : spec));
}

function offenders(dirs: string[], forbidden: RegExp): string[] {
  return dirs.flatMap(tsFiles).flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
}

describe('layer boundaries', () => {
  it('simulators, protocol, transport, engine, report and PKI code never import test cases', () => {
    expect(offenders(['src'], /^testcases\//)).to.deep.equal([]);
  });

  it('test cases never import the rpc or transport layers (types come through src/ocpp/types.ts)', () => {
    expect(offenders(['testcases'], /^src\/(rpc|transport)\//)).to.deep.equal([]);
  });

  it('the rpc and transport layers know nothing of the engine, cases or simulators', () => {
    expect(offenders(['src/rpc', 'src/transport'], /^src\/(engine\/(?!model)|ocpp|session|simulators|report|cli)/)).to.deep.equal([]);
  });
});
