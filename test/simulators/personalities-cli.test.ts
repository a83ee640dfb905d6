import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { personalitiesFor } from '../../src/simulators/personalities.js';

describe('personalities on the command line', function () {
  this.timeout(60_000);
  let out: string;
  before(async () => { out = await mkdtemp(path.join(os.tmpdir(), 'ocpph-personality-')); });
  after(() => rm(out, { recursive: true, force: true }));

  it('sim --list-personalities prints every personality of both roles, one line each', async () => {
    const r = await runCli(['sim', '--list-personalities']);
    expect(r.code).to.equal(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).to.have.length(personalitiesFor('station').length + personalitiesFor('csms').length);
    for (const p of [...personalitiesFor('station'), ...personalitiesFor('csms')]) {
      expect(lines.some((l) => l.startsWith(p.name) && l.includes(p.role) && l.includes(p.summary)), p.name).to.equal(true);
    }
  });

  it('run --sim --sim-personality runs the cases against that personality', async () => {
    const r = await runCli(['run', '--sim', '--sim-personality', 'status-and-event', '--ocpp', '2.0.1', '--sut', 'cs',
      '--case', 'TC_B_01_CS', '--json', '--no-html', '-o', path.join(out, 'run')]);
    expect(r.code, r.stderr).to.equal(0);
    const json = JSON.parse(r.stdout) as { cases: Array<{ id: string; verdict: string }> };
    expect(json.cases.map((c) => [c.id, c.verdict])).to.deep.equal([['TC_B_01_CS', 'PASS']]);
    // The personality's choice is on the wire: its NotifyEvent beside the StatusNotification.
    expect(await readFile(path.join(out, 'run', 'results.json'), 'utf8')).to.include('NotifyEvent');
  });

  it('run --sim-personality refuses an unknown name or one of another version before running anything', async () => {
    const unknown = await runCli(['run', '--sim', '--sim-personality', 'grumpy', '--ocpp', '2.0.1', '--sut', 'cs', '--no-html', '-o', path.join(out, 'x')]);
    expect(unknown.code).to.not.equal(0);
    expect(unknown.stderr).to.match(/unknown station personality 'grumpy'/);
    const wrongVersion = await runCli(['run', '--sim', '--sim-personality', 'continuous-seqno', '--ocpp', '1.6', '--sut', 'cs', '--no-html', '-o', path.join(out, 'y')]);
    expect(wrongVersion.code).to.not.equal(0);
    expect(wrongVersion.stderr).to.match(/continuous-seqno' exists for OCPP 2\.0\.1, not 1\.6/);
  });
});
