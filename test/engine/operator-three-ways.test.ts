/**
 * A case that needs an operator action works three ways: a person at a prompt, a hook (here
 * the HTTP control endpoint of a reference station running as a separate process), and the
 * built-in simulator driven in-process (`run --sim`, covered by the conformance matrix).
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PromptOperator } from '../../src/engine/operator.js';
import { CLI, runCli } from '../helpers/cli.js';
import type { RunResults } from '../../src/engine/model.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

describe('operator actions three ways', function () {
  this.timeout(60_000);

  it('a person at the terminal: Enter = done, "s" = skipped, the prompt names the action', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (d: Buffer) => { shown += d.toString(); });
    const op = new PromptOperator(input, output);
    const done = op.perform({ action: 'plugIn', params: { evseId: 2, connectorId: 1 }, caseId: 'TC_X', sut: 'CS' });
    input.write('\n');
    expect(await done).to.deep.equal({ status: 'done' });
    expect(shown).to.include('Plug the EV cable into EVSE 2');
    const skipped = op.perform({ action: 'powerCycle', params: {}, caseId: 'TC_X', sut: 'CS' });
    input.write('s\n');
    expect(await skipped).to.deep.include({ status: 'skipped' });
  });

  describe('an HTTP hook driving a reference station in another process', () => {
    let dir: string;
    let station: ChildProcess | undefined;
    beforeEach(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-hook-')); });
    afterEach(async () => {
      if (station && station.exitCode === null) {
        station.kill('SIGTERM');
        await new Promise((r) => station?.once('close', r));
      }
      await rm(dir, { recursive: true, force: true });
    });

    it('TC_B_01_CS passes with the power cycle performed through the station\'s control endpoint', async () => {
      const port = await freePort();
      station = spawn(process.execPath, [CLI, 'sim', 'station', '--url', `ws://127.0.0.1:${port}/ocpp`, '--ocpp', '2.0.1', '--id', 'CS001', '--control-port', '0'],
        { stdio: ['ignore', 'pipe', 'pipe'] });
      const controlUrl = await new Promise<string>((resolve, reject) => {
        let text = '';
        const timer = setTimeout(() => reject(new Error(`no control endpoint announced:\n${text}`)), 15_000);
        const onData = (d: Buffer) => {
          text += d.toString();
          const m = /control endpoint (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
          if (m?.[1]) { clearTimeout(timer); resolve(m[1]); }
        };
        station?.stdout?.on('data', onData);
        station?.stderr?.on('data', onData);
      });
      const cfg = path.join(dir, 'config.yaml');
      await writeFile(cfg, [
        'ocpp: "2.0.1"', 'sut: cs', `listen: { host: 127.0.0.1, port: ${port} }`,
        'ics: { profiles: [Core], station: { id: CS001 }, timeouts: { messageMs: 5000 } }',
        `operator: { interactive: false, hook: { url: "${controlUrl}/operator" } }`,
      ].join('\n'));
      const out = path.join(dir, 'out');
      const res = await runCli(['run', '--config', cfg, '--case', 'TC_B_01_CS', '--out', out, '--no-html']);
      const results = JSON.parse(await readFile(path.join(out, 'results.json'), 'utf8')) as RunResults;
      const c = results.cases[0];
      expect(c?.verdict, `${c?.reason ?? ''}\n${res.stderr}`).to.equal('PASS');
      expect(c?.steps.some((s) => s.text.startsWith('operator: powerCycle'))).to.equal(true);
      expect(results.sut.vendor).to.equal('OpenHarness');
    });
  });
});
