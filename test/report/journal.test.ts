import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { isHarnessError } from '../../src/errors.js';
import { JournalReporter } from '../../src/report/journal.js';
import { redactSecrets } from '../../src/report/redact.js';
import { buildResultsFromEvents, loadResults, readJournal } from '../../src/report/results.js';
import { FAKE_CASES, fakeRunEvents } from './fake-run.js';

describe('report/journal', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ocpph-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function journalOf(events = fakeRunEvents()): string {
    const path = join(dir, 'journal.jsonl');
    const j = new JournalReporter(path);
    for (const e of events) j.onEvent(e);
    return path;
  }

  it('keeps runBegin, caseEnd, sutIdentity and runEnd only, one JSON line each', () => {
    const lines = readFileSync(journalOf(), 'utf8').trimEnd().split('\n');
    const types = lines.map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).to.deep.equal(['runBegin', 'caseEnd', 'sutIdentity', 'caseEnd', 'caseEnd', 'caseEnd', 'caseEnd', 'caseEnd', 'caseEnd', 'runEnd']);
  });

  it('round-trips: readJournal gives the same results as the events (secrets aside)', () => {
    const events = fakeRunEvents();
    const fromJournal = readJournal(journalOf(events));
    const direct = buildResultsFromEvents(events);
    expect(fromJournal.unfinished).to.equal(undefined);
    expect(fromJournal.cases.map((c) => c.id)).to.deep.equal(Object.values(FAKE_CASES).map((c) => c.id));
    expect(fromJournal).to.deep.equal(redactSecrets(direct));
    expect(fromJournal).not.to.deep.equal(direct);
    expect(fromJournal.sut.vendor).to.equal(direct.sut.vendor);
    expect(fromJournal.summary.byVerdict).to.deep.equal({ PASS: 3, FAIL: 1, INCONCLUSIVE: 1, NOT_APPLICABLE: 1, ERROR: 1 });
    expect(loadResults(join(dir, 'journal.jsonl'))).to.deep.equal(fromJournal);
  });

  it('never writes a PEM private key', () => {
    const text = readFileSync(journalOf(), 'utf8');
    expect(text).not.to.contain('PRIVATE KEY');
    expect(text).to.contain('[redacted private key]');
    expect(text).to.contain('BEGIN CERTIFICATE REQUEST');
  });

  it('tolerates a truncated last line and marks the run unfinished', () => {
    const events = fakeRunEvents().filter((e) => e.type !== 'runEnd');
    const path = journalOf(events);
    const text = readFileSync(path, 'utf8');
    const cut = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 40);
    writeFileSync(path, cut);
    const results = readJournal(path);
    expect(results.unfinished).to.equal(true);
    expect(results.planned).to.equal(7);
    expect(results.cases.map((c) => c.id)).to.deep.equal(Object.values(FAKE_CASES).slice(0, 6).map((c) => c.id));
    expect(results.summary.total).to.equal(6);
    expect(results.finishedAt).to.match(/^2025-03-01T10:00/);
  });

  it('rejects corruption before the last line with OCPPH_ERR_REPORT and the line number', () => {
    const path = journalOf();
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[2] = lines[2]!.slice(0, 10);
    writeFileSync(path, lines.join('\n'));
    try {
      readJournal(path);
      expect.fail('should throw');
    } catch (error) {
      expect(isHarnessError(error, 'OCPPH_ERR_REPORT')).to.equal(true);
      expect((error as Error).message).to.contain(':3:');
    }
  });

  it('a SIGKILLed run leaves a journal that rebuilds every finished case', async function () {
    this.timeout(10000);
    const path = join(dir, 'journal.jsonl');
    const script = fileURLToPath(new URL('./helpers/killed-run.js', import.meta.url));
    const child = spawn(process.execPath, [script, path, '5'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ready')) resolve();
      });
    });
    child.removeAllListeners('exit');
    await new Promise((r) => setTimeout(r, 30));
    const exited = new Promise((r) => child.on('exit', (_code, signal) => r(signal)));
    child.kill('SIGKILL');
    expect(await exited).to.equal('SIGKILL');

    const results = readJournal(path);
    expect(results.unfinished).to.equal(true);
    expect(results.cases.length).to.be.at.least(5);
    const ids = Object.values(FAKE_CASES).map((c) => c.id);
    results.cases.forEach((c, i) => {
      expect(c.id).to.equal(ids[i % ids.length]);
      expect(c.steps).to.be.an('array');
      expect(c.frames).to.be.an('array');
    });
    expect(results.cases[1]!.verdict).to.equal('FAIL');
    expect(results.cases[1]!.frames[0]!.offending).to.equal(true);
  });
});
