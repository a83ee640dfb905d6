import { expect } from 'chai';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { runCli } from '../helpers/cli.js';
import type { RunResults } from '../../src/engine/model.js';
import type { Verdict } from '../../src/domain/verdict.js';

const CATALOGUE = fileURLToPath(new URL('../fixtures/catalogue/', import.meta.url));

interface JsonSummary { outDir: string; cases: Array<{ id: string; verdict: Verdict; reason?: string; requirement?: string }> }

describe('engine through the CLI (fixture catalogue)', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-engine-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  async function run(configYaml: string, extra: string[] = []): Promise<{ code: number | null; json: JsonSummary; results: RunResults; stderr: string }> {
    const cfg = path.join(dir, 'config.yaml');
    await writeFile(cfg, configYaml);
    const out = path.join(dir, 'out');
    const res = await runCli(['run', '--config', cfg, '--catalogue', CATALOGUE, '--out', out, '--json', '--no-html', ...extra]);
    if (!res.stdout.trim().startsWith('{')) throw new Error(`no JSON on stdout (exit ${res.code}):\n${res.stdout}\n${res.stderr}`);
    const json = JSON.parse(res.stdout) as JsonSummary;
    const results = JSON.parse(await readFile(path.join(out, 'results.json'), 'utf8')) as RunResults;
    return { code: res.code, json, results, stderr: res.stderr };
  }

  const verdicts = (j: JsonSummary) => Object.fromEntries(j.cases.map((c) => [c.id, c.verdict]));

  it('gives each verdict for its reason, cuts a hanging case, survives a crashing one, exits 1', async () => {
    const { code, json, results } = await run('ocpp: "2.0.1"\nsut: cs\nics: { profiles: [Core] }\noperator: { interactive: false }\n');
    expect(code).to.equal(1);
    expect(verdicts(json)).to.deep.equal({
      TC_Z_01_CS: 'PASS', TC_Z_02_CS: 'FAIL', TC_Z_03_CS: 'INCONCLUSIVE', TC_Z_04_CS: 'ERROR',
      TC_Z_05_CS: 'INCONCLUSIVE', TC_Z_06_CS: 'NOT_APPLICABLE', TC_Z_07_CS: 'NOT_APPLICABLE', TC_Z_08_CS: 'FAIL',
    });
    const byId = Object.fromEntries(json.cases.map((c) => [c.id, c]));
    expect(byId.TC_Z_02_CS?.requirement).to.equal('Z01.FR.01');
    expect(byId.TC_Z_03_CS?.reason).to.match(/deadline of 300 ms/);
    expect(byId.TC_Z_04_CS?.reason).to.match(/TypeError: boom/);
    expect(byId.TC_Z_05_CS?.reason).to.match(/needs operator action plugIn/);
    expect(byId.TC_Z_06_CS?.reason).to.match(/does not claim Reservation/);
    expect(byId.TC_Z_07_CS?.reason).to.match(/C-13/);
    expect(byId.TC_Z_08_CS?.requirement).to.equal('B01.FR.01');
    expect(results.summary.byVerdict).to.deep.equal({ PASS: 1, FAIL: 2, INCONCLUSIVE: 2, NOT_APPLICABLE: 2, ERROR: 1 });
    expect(results.tool.name).to.equal('ocpp-harness');
  });

  it('selects by ICS: a claimed feature makes the conditional case applicable', async () => {
    const { json } = await run('ocpp: "2.0.1"\nsut: cs\nics: { profiles: [Core, Reservation], features: [C-13] }\noperator: { interactive: false }\n',
      ['--case', 'TC_Z_06_CS', '--case', 'TC_Z_07_CS']);
    expect(verdicts(json)).to.deep.equal({ TC_Z_06_CS: 'FAIL', TC_Z_07_CS: 'PASS' });
  });

  it('selects by profile and by id wildcard', async () => {
    const { json } = await run('ocpp: "2.0.1"\nsut: cs\noperator: { interactive: false }\n', ['--profile', 'Reservation']);
    expect(json.cases.map((c) => c.id)).to.deep.equal(['TC_Z_06_CS']);
    const { json: j2 } = await run('ocpp: "2.0.1"\nsut: cs\noperator: { interactive: false }\n', ['--case', 'TC_Z_01*']);
    expect(j2.cases.map((c) => c.id)).to.deep.equal(['TC_Z_01_CS']);
    // Only * is a wildcard: brackets are literal, so this pattern names no case, and a pattern that names none is refused.
    const refused = await runCli(['run', '--catalogue', CATALOGUE, '--out', path.join(dir, 'refused'), '--case', 'TC_Z_0[12]_CS', '--case', 'TC_Z_01*']);
    expect(refused.code).to.equal(2);
    expect(refused.stderr).to.contain('nothing to run: --case TC_Z_0[12]_CS matches no case');
  });

  it('drives an operator action through a command hook (JSON on stdin, data on stdout)', async () => {
    const script = path.join(dir, 'hook.mjs');
    const log = path.join(dir, 'hook.log');
    await writeFile(script, `import { appendFileSync, readFileSync } from 'node:fs';
const req = JSON.parse(readFileSync(0, 'utf8'));
appendFileSync(${JSON.stringify(log)}, JSON.stringify(req) + '\\n');
process.stdout.write(JSON.stringify({ plugged: req.action === 'plugIn' && req.params.evseId === 1 }));
`);
    const { json } = await run(`ocpp: "2.0.1"\nsut: cs\noperator:\n  interactive: false\n  hook: { command: ${JSON.stringify(`"${process.execPath}" "${script}"`)} }\n`, ['--case', 'TC_Z_05_CS']);
    expect(verdicts(json)).to.deep.equal({ TC_Z_05_CS: 'PASS' });
    const req = JSON.parse((await readFile(log, 'utf8')).trim()) as Record<string, unknown>;
    expect(req).to.deep.include({ action: 'plugIn', caseId: 'TC_Z_05_CS', sut: 'CS' });
  });

  it('a hook command that exits non-zero makes the case INCONCLUSIVE with its message', async () => {
    const { json } = await run(`ocpp: "2.0.1"\nsut: cs\noperator:\n  interactive: false\n  actions:\n    plugIn: { command: ${JSON.stringify(`"${process.execPath}" -e "process.stderr.write('no cable here'); process.exit(3)"`)} }\n`, ['--case', 'TC_Z_05_CS']);
    expect(json.cases[0]?.verdict).to.equal('INCONCLUSIVE');
    expect(json.cases[0]?.reason).to.match(/exited 3: no cable here/);
  });

  it('drives an operator action through an HTTP hook', async () => {
    const seen: unknown[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => { body += d.toString(); });
      req.on('end', () => {
        seen.push(JSON.parse(body));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ plugged: true }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const { json } = await run(`ocpp: "2.0.1"\nsut: cs\noperator:\n  interactive: false\n  hook: { url: "http://127.0.0.1:${port}/operator" }\n`, ['--case', 'TC_Z_05_CS']);
      expect(verdicts(json)).to.deep.equal({ TC_Z_05_CS: 'PASS' });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.deep.include({ action: 'plugIn', caseId: 'TC_Z_05_CS' });
    } finally {
      server.close();
    }
  });

  it('rejects a bad config with exit 2 and names the field', async () => {
    const cfg = path.join(dir, 'bad.yaml');
    await writeFile(cfg, 'ocpp: "2.0.1"\nics: { securityProfile: 7 }\nlisten: { port: "x" }\n');
    const res = await runCli(['run', '--config', cfg, '--catalogue', CATALOGUE, '--out', path.join(dir, 'o')]);
    expect(res.code).to.equal(2);
    expect(res.stderr).to.match(/ics\.securityProfile/);
    expect(res.stderr).to.match(/listen\.port/);
  });

  it('rejects a usage error with exit 2', async () => {
    const res = await runCli(['run', '--ocpp', '3.0']);
    expect(res.code).to.equal(2);
    expect(res.stderr).to.match(/1\.6, 2\.0\.1 or 2\.1/);
  });

  it('lists the fixture catalogue as JSON', async () => {
    const res = await runCli(['list', '--catalogue', CATALOGUE, '--json']);
    expect(res.code).to.equal(0);
    const rows = JSON.parse(res.stdout) as Array<{ id: string; profiles: Array<{ profile: string; mandatory: boolean; condition?: string }>; catches: string[] }>;
    expect(rows.map((r) => r.id)).to.include.members(['TC_Z_01_CS', 'TC_Z_08_CS']);
    expect(rows.find((r) => r.id === 'TC_Z_07_CS')?.profiles).to.deep.equal([{ profile: 'Core', mandatory: false, condition: 'C-13' }]);
  });
});
