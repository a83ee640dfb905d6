/**
 * Issue 13 items 3 and 12-16: bad input at the command line gets exit 2 and the field named,
 * never a stack trace; a failed report exits 1 naming the file; docs/errors.md lists every exit
 * code the CLI can give, as the code maps them.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, runCli } from '../helpers/cli.js';
import { endpointUrl } from '../../src/transport/client.js';
import { OcppServer } from '../../src/transport/server.js';
import { EXIT_CODES, type HarnessErrorCode } from '../../src/errors.js';
import { ensurePki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';

const DOCS = fileURLToPath(new URL('../../../docs/errors.md', import.meta.url));
const NO_STACK = /\n\s+at /;

describe('robustness: bad input at the command line (issue 13 items 3, 12-16)', function () {
  this.timeout(60_000);
  let dir: string;
  before(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-cli-bad-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  const expectUsage = (r: { code: number | null; stderr: string }, field: RegExp) => {
    expect(r.code, r.stderr).to.equal(2);
    expect(r.stderr).to.match(field);
    expect(r.stderr).not.to.match(NO_STACK);
  };

  it('item 3: --out naming a file exits 1, names the file, and prints no "Report:" line', async () => {
    const file = path.join(dir, 'a-file');
    await writeFile(file, 'not a folder');
    const r = await runCli(['run', '--sim', '--case', 'TC_B_01_CS', '--out', file]);
    expect(r.code, r.stderr).to.equal(1);
    expect(r.stderr).to.contain(`OCPPH_ERR_REPORT: the run's reports are incomplete: `).and.contain(file);
    expect(r.stdout).not.to.contain('Report:');
    expect(r.stderr).not.to.match(NO_STACK);
  });

  it('item 12: an unknown --case, an unknown --profile, or a --case of another role: exit 2 "nothing to run"', async () => {
    expectUsage(await runCli(['run', '--sim', '--case', 'TC_NOPE_CS', '--out', path.join(dir, 'o12a')]), /nothing to run: --case TC_NOPE_CS matches no case/);
    expectUsage(await runCli(['run', '--sim', '--profile', 'Nope', '--out', path.join(dir, 'o12b')]), /nothing to run: --profile Nope is not a profile .*known: .*Core/);
    expectUsage(await runCli(['run', '--sim', '--case', 'TC_B_01_CSMS', '--out', path.join(dir, 'o12c')]), /nothing to run: --case TC_B_01_CSMS matches no case for OCPP 2.0.1, a charging station under test/);
  });

  it('item 13: a listen port in use and a corrupt key in the PKI: exit 2 with the field or file named', async () => {
    const busy = net.createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as AddressInfo;
    try {
      expectUsage(await runCli(['run', '--port', String(port), '--case', 'TC_B_01_CS', '--out', path.join(dir, 'o13a')]), new RegExp(`listen\\.port \\(--port\\): cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use`));
    } finally {
      busy.close();
    }
    // A copy of the shared reference PKI (generated once per machine), then one key broken.
    const certs = path.join(dir, 'certs13');
    await ensurePki(REFERENCE_CERTS_DIR);
    await cp(REFERENCE_CERTS_DIR, certs, { recursive: true });
    const key = path.join(certs, 'csms-server-rsa.key.pem');
    await writeFile(key, '-----BEGIN PRIVATE KEY-----\nbroken\n-----END PRIVATE KEY-----\n');
    expectUsage(await runCli(['run', '--sim', '--security-profile', '2', '--certs', certs, '--case', 'TC_B_01_CS', '--out', path.join(dir, 'o13b')]),
      new RegExp(`OCPPH_ERR_PKI: .*unreadable private key ${key.replace(/[.]/g, '\\.')}`));
  });

  it('item 14: an unknown simulator fault exits 2, as docs/errors.md says', async () => {
    expectUsage(await runCli(['run', '--sim', '--sim-fault', 'no-such-fault', '--out', path.join(dir, 'o14')]), /--sim-fault: unknown station simulator fault 'no-such-fault'/);
  });

  it('item 15: the station id goes into the path before a query string; a #fragment is refused at config check', async () => {
    expect(endpointUrl('ws://h:1/ocpp?token=abc', 'CS 1')).to.equal('ws://h:1/ocpp/CS%201?token=abc');
    expect(endpointUrl('ws://h:1/ocpp/', 'CS1')).to.equal('ws://h:1/ocpp/CS1');
    const cfg = path.join(dir, 'frag.yaml');
    await writeFile(cfg, 'sut: csms\ncsmsUrl: "ws://127.0.0.1:9/ocpp#top"\n');
    expectUsage(await runCli(['config', 'check', cfg]), /csmsUrl: a WebSocket URL cannot carry a #fragment/);
  });

  it('item 16: --parallel abc is refused naming the flag; a missing certs folder is generated and said so', async () => {
    const r = await runCli(['run', '--sim', '--parallel', 'abc', '--case', 'TC_B_01_CS', '--out', path.join(dir, 'o16a')]);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.match(/--parallel <n>.*'abc' is invalid/);
    const certs = path.join(dir, 'no-such-certs');
    const g = await runCli(['run', '--sim', '--security-profile', '2', '--certs', certs, '--case', 'TC_B_01_CS', '--out', path.join(dir, 'o16b')]);
    expect(g.code, g.stderr).to.equal(0);
    expect(g.stderr).to.contain(`generated a new test PKI in ${certs}: there was none`);
  });

  it('item 16: timeouts.connectMs bounds the wait for a CSMS that never answers the upgrade (a FAIL, not an ERROR)', async () => {
    const silent = http.createServer();
    const sockets: net.Socket[] = [];
    silent.on('upgrade', (_req, socket: net.Socket) => { sockets.push(socket); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const cfg = path.join(dir, 'connect.yaml');
    await writeFile(cfg, `sut: csms\ncsmsUrl: "ws://127.0.0.1:${port}/ocpp"\noperator: { interactive: false }\ntimeouts: { connectMs: 400, caseMs: 20000 }\n`);
    const started = Date.now();
    try {
      const r = await runCli(['run', '--config', cfg, '--case', 'TC_B_01_CSMS', '--json', '--no-html', '--out', path.join(dir, 'o16c')]);
      const json = JSON.parse(r.stdout) as { cases: Array<{ verdict: string; reason?: string; requirement?: string }> };
      expect(json.cases[0]?.verdict, json.cases[0]?.reason).to.equal('FAIL');
      expect(json.cases[0]?.requirement).to.equal('OCPP-J 3.2');
      expect(json.cases[0]?.reason).to.match(/never answered the WebSocket upgrade/);
      expect(Date.now() - started).to.be.below(9_000);
    } finally {
      for (const s of sockets) s.destroy();
      silent.close();
    }
  });

  it('item 16: malformed percent-encoding in the station id is answered 400, not 500', async () => {
    const server = new OcppServer({ versions: ['2.0.1'], securityProfile: 0 });
    const { port } = await server.listen();
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/ocpp/CS%E0%A4%A', headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Protocol': 'ocpp2.0.1' } });
        req.on('response', (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on('upgrade', () => reject(new Error('upgraded')));
        req.on('error', reject);
        req.end();
      });
      expect(status).to.equal(400);
    } finally {
      await server.close();
    }
  });

  it('item 16: `sim --list-faults | head -1` ends quietly (no EPIPE stack trace)', async () => {
    for (let i = 0; i < 3; i++) {
      const child = spawn(process.execPath, [CLI, 'sim', '--list-faults'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).to.equal('');
      expect(code).to.equal(0);
    }
  });

  it('docs/errors.md lists every exit code the CLI gives, and each error code with the exit the code maps it to', async () => {
    const doc = await readFile(DOCS, 'utf8');
    const exits = [...doc.matchAll(/^\| (\d+) \| /gm)].map((m) => Number(m[1]));
    expect(exits).to.deep.equal([0, 1, 2]);
    const rows = new Map([...doc.matchAll(/^\| `(OCPPH_ERR_[A-Z_]+)` \| .* \| ([^|]+) \|$/gm)].map((m) => [m[1] as HarnessErrorCode, m[2]!.trim()]));
    for (const [code, exit] of Object.entries(EXIT_CODES) as Array<[HarnessErrorCode, number]>) {
      expect(rows.get(code), `${code} in docs/errors.md`).to.be.a('string');
      expect(Number(/^\d/.exec(rows.get(code)!)?.[0]), `${code}: docs say ${rows.get(code)}, the CLI exits ${exit}`).to.equal(exit);
    }
    expect([...rows.keys()].sort()).to.deep.equal(Object.keys(EXIT_CODES).sort());
  });
});
