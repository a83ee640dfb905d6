import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { Command } from 'commander';
import type { RunResults } from '../../src/engine/model.js';
import { registerReportCommand } from '../../src/cli/commands/report.js';
import { isHarnessError } from '../../src/errors.js';
import { computeReadiness } from '../../src/report/readiness.js';
import { redactSecrets, redactString } from '../../src/report/redact.js';
import { REDACTED_PRIVATE_KEY } from '../../src/domain/secrets.js';
import { buildResultsFromEvents, loadResults, readJournal } from '../../src/report/results.js';
import { createRunReporters } from '../../src/report/run-reporters.js';
import { writeReports } from '../../src/report/write.js';
import { builtInImplemented } from '../../src/engine/catalogue.js';
import { BOOTED_SUT, EXPECTED_MATRIX, PRIVATE_KEY, fakeRunEvents } from './fake-run.js';

describe('report/results', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ocpph-results-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('buildResultsFromEvents gives RunResults: identity from the boot, cases in order, summary', () => {
    const r = buildResultsFromEvents(fakeRunEvents());
    expect(Object.keys(r).sort()).to.deep.equal(['cases', 'config', 'finishedAt', 'ics', 'planned', 'startedAt', 'summary', 'sut', 'tool']);
    expect(r.sut).to.deep.equal(BOOTED_SUT);
    expect(r.cases.map((c) => c.verdict)).to.deep.equal(['PASS', 'FAIL', 'NOT_APPLICABLE', 'INCONCLUSIVE', 'ERROR', 'PASS', 'PASS']);
    expect(r.summary.total).to.equal(7);
    expect(r.summary.byProfile.Core).to.deep.equal({ PASS: 2, FAIL: 1, INCONCLUSIVE: 1, NOT_APPLICABLE: 1, ERROR: 0 });
    expect(r.unfinished).to.equal(undefined);
  });

  it('computeReadiness: Ready only when every mandatory case passed', () => {
    const rows = computeReadiness(buildResultsFromEvents(fakeRunEvents()).cases);
    for (const row of rows) {
      const want = EXPECTED_MATRIX[row.profile]!;
      const m = row.mandatory;
      const c = row.conditional;
      expect([m.passed, m.failed, m.notRun, m.notApplicable], row.profile).to.deep.equal(want.m);
      expect([c.passed, c.failed, c.notRun, c.notApplicable], row.profile).to.deep.equal(want.c);
      expect(row.readiness, row.profile).to.equal(want.readiness);
    }
    expect(computeReadiness(buildResultsFromEvents(fakeRunEvents()).cases, { unfinished: true }).find((r) => r.profile === 'Advanced Security')!.readiness).to.equal('Incomplete');
  });

  it('computeReadiness: a run mixing OCPP versions gets one row per profile and version', () => {
    const cases = buildResultsFromEvents(fakeRunEvents()).cases.map((c) => (c.id === 'TC_B_01_CS' ? { ...c, id: 'TC_001_CS', version: '1.6' as const } : c));
    const rows = computeReadiness(cases);
    expect(rows.map((r) => r.label)).to.deep.equal(['Core (OCPP 1.6)', 'Core (OCPP 2.0.1)', 'Smart Charging (OCPP 2.0.1)', 'Advanced Security (OCPP 2.0.1)']);
    expect(rows[0]).to.include({ profile: 'Core', version: '1.6', readiness: 'Ready' });
    expect(rows[1]).to.include({ profile: 'Core', version: '2.0.1', readiness: 'Not ready' });
  });

  it('redacts PEM private keys, terminated or not, and leaves everything else alone', () => {
    expect(redactString(`a ${PRIVATE_KEY} b`)).to.equal(`a ${REDACTED_PRIVATE_KEY} b`);
    expect(redactString('x -----BEGIN PRIVATE KEY-----\\nMIIE')).to.equal(`x ${REDACTED_PRIVATE_KEY}`);
    expect(redactString('-----BEGIN ENCRYPTED PRIVATE KEY-----abc-----END ENCRYPTED PRIVATE KEY----- tail')).to.equal(`${REDACTED_PRIVATE_KEY} tail`);
    expect(redactString('-----BEGIN CERTIFICATE-----abc-----END CERTIFICATE-----')).to.contain('CERTIFICATE');
    const clean = { a: [1, { b: 'x' }] };
    expect(redactSecrets(clean)).to.equal(clean);
    const dirty = { a: [1, { b: PRIVATE_KEY }], c: 'y' };
    const out = redactSecrets(dirty);
    expect(out).to.deep.equal({ a: [1, { b: REDACTED_PRIVATE_KEY }], c: 'y' });
    expect(dirty.a[1]).to.deep.equal({ b: PRIVATE_KEY });
  });

  it('writeReports writes results.json (RunResults), junit.xml, compliance.csv and report.html, none with a private key', async () => {
    const r = buildResultsFromEvents(fakeRunEvents());
    const files = await writeReports(r, dir, { html: true, pdf: false, implemented: await builtInImplemented() });
    expect(files).to.deep.equal({ results: join(dir, 'results.json'), junit: join(dir, 'junit.xml'), csv: join(dir, 'compliance.csv'), html: join(dir, 'report.html') });
    const json = JSON.parse(readFileSync(files.results, 'utf8')) as RunResults & { readiness: unknown[] };
    const { readiness, ...run } = json;
    expect(run).to.deep.equal(redactSecrets(r));
    expect(readiness).to.be.an('array').with.length.greaterThan(0);
    expect(loadResults(files.results)).to.deep.equal(json);
    for (const path of Object.values(files)) {
      const text = readFileSync(path, 'utf8');
      expect(text, path).not.to.contain('PRIVATE KEY-----');
    }
    expect(readFileSync(files.html!, 'utf8')).to.contain('[redacted private key]');
    expect(existsSync(join(dir, 'report.pdf'))).to.equal(false);
  });

  it('createRunReporters: console, journal and report files from one event stream', async () => {
    const out = new PassThrough();
    let printed = '';
    out.on('data', (c: Buffer) => (printed += c.toString()));
    const mux = createRunReporters({ outDir: dir, console: out, html: true, pdf: false, implemented: await builtInImplemented() });
    for (const e of fakeRunEvents()) {
      const pending = mux.onEvent(e);
      // Only runEnd (writing the report files) is asynchronous; frames and steps stay synchronous.
      expect(pending === undefined, e.type).to.equal(e.type !== 'runEnd');
      await pending;
    }
    await mux.close();
    expect(mux.failures).to.deep.equal([]);
    for (const f of ['journal.jsonl', 'results.json', 'junit.xml', 'compliance.csv', 'report.html']) expect(existsSync(join(dir, f)), f).to.equal(true);
    expect(printed).to.match(/^FAIL {2}TC_B_02_CS +Cold boot - boot reason reported \(\d+ ms\)$/m);
    expect(readJournal(join(dir, 'journal.jsonl')).cases).to.have.length(7);
  });

  it('an aborted run (closed without runEnd) still gets its report files, marked unfinished', async () => {
    const mux = createRunReporters({ outDir: dir, console: false, html: false, pdf: false, implemented: await builtInImplemented() });
    const events = fakeRunEvents();
    const firstEnd = events.findIndex((e) => e.type === 'caseEnd');
    for (const e of events.slice(0, firstEnd + 3)) await mux.onEvent(e);
    await mux.close();
    const r = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunResults;
    expect(r.unfinished).to.equal(true);
    expect(r.cases).to.have.length(1);
    expect(existsSync(join(dir, 'report.html'))).to.equal(false);
  });

  it('the report command rebuilds every file from a journal or a results.json', async () => {
    const mux = createRunReporters({ outDir: dir, console: false, html: false, pdf: false, implemented: await builtInImplemented() });
    for (const e of fakeRunEvents()) await mux.onEvent(e);
    await mux.close();
    const program = new Command().exitOverride();
    registerReportCommand(program);
    const out = join(dir, 'rebuilt');
    const log: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => log.push(chunk) > 0) as typeof process.stdout.write;
    try {
      await program.parseAsync(['node', 'ocpp-harness', 'report', join(dir, 'journal.jsonl'), '--out', out]);
      await program.parseAsync(['node', 'ocpp-harness', 'report', join(dir, 'results.json'), '--out', join(dir, 'again')]);
    } finally {
      process.stdout.write = write;
    }
    for (const f of ['results.json', 'junit.xml', 'compliance.csv', 'report.html']) {
      expect(existsSync(join(out, f)), f).to.equal(true);
      const strip = (t: string) => t.replace(/report generated [^<]*UTC/, '');
      expect(strip(readFileSync(join(out, f), 'utf8')), f).to.equal(strip(readFileSync(join(dir, 'again', f), 'utf8')));
    }
    expect(log.join('')).to.contain('report: 7 case(s)');
  });

  it('the report command says what is wrong with a bad input', async () => {
    const program = new Command().exitOverride();
    registerReportCommand(program);
    try {
      await program.parseAsync(['node', 'ocpp-harness', 'report', join(dir, 'missing.jsonl')]);
      expect.fail('should throw');
    } catch (error) {
      expect(isHarnessError(error, 'OCPPH_ERR_REPORT')).to.equal(true);
    }
  });
});
