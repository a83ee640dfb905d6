/**
 * Layer rules, checked on the sources from one table (deps.ts): protocol code knows nothing of
 * test cases, cases reach src/ only through testcases/kit.ts, and no import cycle (type imports
 * included) beyond the known ones, which may only go away.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, cycles, importsOf, tsFiles } from './graph.js';
import { EXCEPTIONS, KNOWN_CYCLES, MAY_IMPORT } from './deps.js';

const within = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);

function ruleFor(file: string): readonly string[] | undefined {
  const key = Object.keys(MAY_IMPORT).filter((k) => within(file, k)).sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : MAY_IMPORT[key];
}

function folderOf(file: string): string {
  return file.split('/').slice(0, 2).join('/');
}

/** For src/: an import leaving the file's own top folder must be allowed by the table or named as an exception. */
function srcViolations(): string[] {
  return tsFiles('src').flatMap((file) => importsOf(file)
    .filter((to) => folderOf(to) !== folderOf(file) && to !== 'src/errors.ts')
    .filter((to) => !(ruleFor(file) ?? []).some((allowed) => within(to, allowed)))
    .filter((to) => !EXCEPTIONS.some((e) => e.from === file && e.to === to))
    .map((to) => `${file} imports ${to}`));
}

/** For testcases/: kit.ts, its own folder, and its version's _shared. */
function testcaseViolations(): string[] {
  return tsFiles('testcases').filter((f) => f !== 'testcases/kit.ts').flatMap((file) => {
    const parts = file.split('/');
    const ownFolder = parts.slice(0, -1).join('/');
    const shared = `${parts.slice(0, 2).join('/')}/_shared`;
    return importsOf(file)
      .filter((to) => to !== 'testcases/kit.ts' && !within(to, ownFolder) && !within(to, shared) && !to.startsWith('node:'))
      .map((to) => `${file} imports ${to}`);
  });
}

describe('layer boundaries (test/architecture/deps.ts)', () => {
  it('every import across src/ folders is allowed by the table or a named exception', () => {
    expect(srcViolations()).to.deep.equal([]);
  });

  it('the kit is the only way from testcases/ into src/', () => {
    const kitRule = MAY_IMPORT['testcases/kit.ts'] ?? [];
    const bad = importsOf('testcases/kit.ts').filter((to) => !kitRule.some((allowed) => within(to, allowed)));
    expect(bad).to.deep.equal([]);
    expect(testcaseViolations()).to.deep.equal([]);
  });

  it('nothing under src/ imports a test case or the kit', () => {
    expect(tsFiles('src').flatMap((f) => importsOf(f).filter((to) => to.startsWith('testcases/')).map((to) => `${f} imports ${to}`))).to.deep.equal([]);
  });

  it('src/domain carries vocabulary, not algorithms: it exports no function but the name parsers', () => {
    const ALLOWED = ['parseCaseId', 'caseKey', 'family', 'harnessRoleOf'];
    const exported = tsFiles('src/domain').flatMap((f) => [...readFileSync(path.join(ROOT, f), 'utf8')
      .matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=\s*(?:async\s*)?\(/g)].map((m) => `${f}: ${m[1] ?? m[2]}`));
    expect(exported.filter((e) => !ALLOWED.some((name) => e.endsWith(`: ${name}`)))).to.deep.equal([]);
  });

  it('src/domain imports types only, from itself or typed-ocpp (REDESIGN 4.1): nothing runs when a noun is imported', () => {
    const STATEMENT = /^(import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm;
    const bad = (file: string, text: string): string[] => [...text.matchAll(STATEMENT)]
      .filter((m) => !(/^(import|export) type\b/.test(m[0]) && (m[2]!.startsWith('./') || m[2] === 'typed-ocpp')))
      .map((m) => `${file}: ${m[0].split('\n')[0]!}`);
    expect(tsFiles('src/domain').flatMap((f) => bad(f, readFileSync(path.join(ROOT, f), 'utf8')))).to.deep.equal([]);
    // The check can fail: a value import, and a type import from outside the kernel.
    expect(bad('x.ts', "import { caseKey } from './case-id.js';\nimport type { Ics } from '../engine/ics.js';\nimport type { A } from './a.js';")).to.have.length(2);
  });

  it('every named exception is still needed (the list only shrinks)', () => {
    const stale = EXCEPTIONS.filter((e) => !importsOf(e.from).includes(e.to)).map((e) => `${e.from} -> ${e.to}`);
    expect(stale).to.deep.equal([]);
  });

  it('no import cycle beyond the known ones, and every known one still exists', () => {
    const found = cycles([...tsFiles('src'), ...tsFiles('testcases')]).map((c) => c.join(' '));
    const known = KNOWN_CYCLES.map((c) => [...c].sort().join(' '));
    expect(found.filter((c) => !known.includes(c)), 'new import cycles').to.deep.equal([]);
    expect(known.filter((c) => !found.includes(c)), 'known cycles that are gone: remove them from deps.ts').to.deep.equal([]);
  });

  it('the checks can fail: a cycle through a type import is found, and the most specific rule applies', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] };
    expect(cycles(Object.keys(graph), (f) => graph[f] ?? [])).to.deep.equal([['a', 'b', 'c'], ['e']]);
    expect(ruleFor('src/rpc/codec.ts')).to.deep.equal(['src/domain']);
    expect(ruleFor('testcases/kit.ts')).to.include('src/engine');
    expect(within('src/ocpp/peer.ts', 'src/ocp')).to.equal(false);
  });
});
