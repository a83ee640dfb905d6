import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, runCli } from '../helpers/cli.js';
import type { RunResults } from '../../src/engine/model.js';

const CATALOGUE = fileURLToPath(new URL('../fixtures/catalogue-kill/', import.meta.url));

describe('a run killed with SIGKILL halfway', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-kill-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('leaves a journal from which `report` rebuilds every finished case', async () => {
    const out = path.join(dir, 'run');
    const journal = path.join(out, 'journal.jsonl');
    const child = spawn(process.execPath, [CLI, 'run', '--ocpp', '2.0.1', '--sut', 'cs', '--catalogue', CATALOGUE, '--out', out], {
      env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Wait (bounded) until the journal holds both finished cases, then kill without warning.
    // The journal is the event to wait for; it is checked each time the child prints and on a short bounded poll.
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        const text = existsSync(journal) ? readFileSync(journal, 'utf8') : '';
        if ((text.match(/"type":"caseEnd"/g) ?? []).length < 2) return;
        clearTimeout(timer);
        clearInterval(poll);
        resolve();
      };
      const timer = setTimeout(() => { clearInterval(poll); reject(new Error('the run never finished its first two cases')); }, 30_000);
      const poll = setInterval(check, 50);
      child.stdout.on('data', check);
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('close', r));
    expect(existsSync(path.join(out, 'results.json')), 'no results.json: the run really died').to.equal(false);

    const rebuilt = path.join(dir, 'rebuilt');
    const res = await runCli(['report', journal, '--out', rebuilt]);
    expect(res.code, res.stderr).to.equal(0);
    const results = JSON.parse(readFileSync(path.join(rebuilt, 'results.json'), 'utf8')) as RunResults;
    expect(results.cases.map((c) => [c.id, c.verdict])).to.deep.equal([['TC_Y_01_CS', 'PASS'], ['TC_Y_02_CS', 'FAIL']]);
    expect(results.unfinished).to.equal(true);
    expect(readFileSync(path.join(rebuilt, 'report.html'), 'utf8')).to.include('TC_Y_02_CS');
  });
});
