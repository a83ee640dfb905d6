/**
 * Issue 13 "done when": a hostile SUT in both roles (fixed seed, more than 10,000 frames of every
 * kind: malformed, oversized, deeply nested, floods, out-of-order, abrupt closes, bad upgrades)
 * never takes the run down. The CLI runs as its own process against it; the run must end with
 * every case graded (never ERROR: a hostile SUT is not a harness fault), its reports written,
 * the exit code the verdicts call for, and a peak RSS under 500 MB.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { CLI } from '../helpers/cli.js';
import { FRAME_KINDS, answerHostilely, badUpgrades, blast, emptyStats, hostileCsmsServer, seeded, type FrameKind, type HostileStats } from '../helpers/hostile.js';
import type { RunResults } from '../../src/engine/model.js';
import { VERDICTS } from '../../src/domain/verdict.js';
import { DEFAULT_MAX_PAYLOAD } from '../../src/transport/server.js';

const SEED = 13;
const STATION_FRAMES = 6_000;
const CSMS_FRAMES = 5_000;
const MAX_RSS_KB = 500 * 1024;
/** Every frame kind once, closes last, before the seeded mix. */
const SCRIPT: FrameKind[] = [...FRAME_KINDS.filter((k) => k !== 'abrupt-close' && k !== 'oversized'), 'oversized'];

interface RoleRun { code: number | null; stdout: string; stderr: string; peakKb: number; results: RunResults; outDir: string }

/** Starts the CLI; resolves its outcome, sampling the child's peak RSS (VmHWM) while it runs. */
function startCli(args: string[]): { child: ChildProcess; stdout: () => string; done: Promise<Omit<RoleRun, 'results' | 'outDir'>> } {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peakKb = 0;
  child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch { /* exited */ }
  };
  const poll = setInterval(sample, 100);
  const done = new Promise<Omit<RoleRun, 'results' | 'outDir'>>((resolve) => {
    child.on('close', (code) => { clearInterval(poll); resolve({ code, stdout, stderr, peakKb }); });
  });
  return { child, stdout: () => stdout, done };
}

function waitFor<T>(check: () => T | undefined, child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const tryNow = () => {
      const v = check();
      if (v !== undefined) {
        child.stdout!.off('data', tryNow);
        child.off('close', onClose);
        resolve(v);
      }
    };
    const onClose = () => reject(new Error(`the CLI ended before ${what}`));
    child.stdout!.on('data', tryNow);
    child.once('close', onClose);
    tryNow();
  });
}

function openWs(url: string): Promise<WebSocket | undefined> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, 'ocpp2.0.1', { maxPayload: 64 * 1024 * 1024 });
    ws.once('open', () => resolve(ws));
    ws.once('error', () => resolve(undefined));
  });
}

const closed = (ws: WebSocket) => new Promise<void>((resolve) => (ws.readyState === WebSocket.CLOSED ? resolve() : ws.once('close', () => resolve())));

function stationAnswer(action: string): unknown {
  if (action === 'GetVariables' || action === 'SetVariables') return { [action === 'GetVariables' ? 'getVariableResult' : 'setVariableResult']: [] };
  return { status: 'Accepted' };
}

function csmsAnswer(action: string): unknown {
  switch (action) {
    case 'BootNotification': return { currentTime: new Date().toISOString(), interval: 300, status: 'Accepted' };
    case 'Heartbeat': return { currentTime: new Date().toISOString() };
    case 'Authorize': return { idTokenInfo: { status: 'Accepted' } };
    default: return {};
  }
}

async function finish(outDir: string, run: Omit<RoleRun, 'results' | 'outDir'>): Promise<RoleRun> {
  const file = path.join(outDir, 'results.json');
  expect(existsSync(file), `results.json written (exit ${run.code})\n${run.stderr.slice(-2000)}`).to.equal(true);
  return { ...run, outDir, results: JSON.parse(readFileSync(file, 'utf8')) as RunResults };
}

function expectSurvived(run: RoleRun, stats: HostileStats, budget: number): void {
  const { results } = run;
  const begin = JSON.parse(readFileSync(path.join(run.outDir, 'journal.jsonl'), 'utf8').split('\n')[0]!) as { type: string; planned: unknown[] };
  expect(begin.type).to.equal('runBegin');
  const planned = begin.planned.length;
  expect(planned).to.be.at.least(6);
  expect(run.stderr, 'no crash, no stack trace').not.to.match(/internal error|\n\s+at /);
  expect(results.unfinished ?? false).to.equal(false);
  expect(results.cases.length).to.equal(planned);
  for (const c of results.cases) {
    expect(VERDICTS).to.include(c.verdict);
    expect(c.verdict, `${c.id} is graded against the hostile SUT, not as a harness error: ${c.reason ?? ''}`).not.to.equal('ERROR');
  }
  const bad = results.cases.some((c) => c.verdict === 'FAIL' || c.verdict === 'ERROR');
  expect(run.code, 'exit code as the verdicts say').to.equal(bad ? 1 : 0);
  for (const f of ['report.html', 'junit.xml', 'journal.jsonl']) expect(existsSync(path.join(run.outDir, f)), f).to.equal(true);
  expect(stats.frames).to.be.at.least(budget);
  // The hostile frames reached the cases and were named there, each with its finding.
  const codes = new Set(results.cases.flatMap((c) => c.frames.flatMap((f) => (f.findings ?? []).map((x) => x.split(':')[0]))));
  for (const code of ['FRAME_TOO_DEEP', 'FRAME_NOT_JSON', 'FRAME_BINARY', 'FRAME_BAD_TYPE_ID', 'SCHEMA_VIOLATION', 'REPLY_UNKNOWN_ID']) {
    expect([...codes], `a ${code} finding is in the report`).to.include(code);
  }
  for (const k of FRAME_KINDS) expect(stats.byKind[k] ?? 0, `sent at least one ${k}`).to.be.at.least(1);
  expect(stats.badUpgrades).to.be.at.least(4);
  expect(run.peakKb, `peak RSS ${Math.round(run.peakKb / 1024)} MB`).to.be.greaterThan(0).and.below(MAX_RSS_KB);
}

describe('robustness: a hostile SUT in both roles (issue 13)', function () {
  this.timeout(120_000);
  let dir: string;
  before(async () => { dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-hostile-')); });
  after(async () => { await rm(dir, { recursive: true, force: true }); });
  const total = { frames: 0 };

  // The operator "performs" every physical step at once (a hook that exits 0), so cases run against the hostile SUT.
  const operator = `operator: { interactive: false, hook: { command: ${JSON.stringify(`"${process.execPath}" -e 0`)} } }`;
  const config = (extra: string, messageMs = 300) => `ocpp: "2.0.1"\n${extra}\nics: { profiles: [Core], station: { id: HOSTILE-CS }, timeouts: { messageMs: ${messageMs} } }\n${operator}\ntimeouts: { caseMs: 3000, holdMs: 100, connectMs: 500 }\n`;

  it(`harness as CSMS against a hostile charging station (seed ${SEED}, ${STATION_FRAMES} frames)`, async () => {
    const cfg = path.join(dir, 'cs.yaml');
    const outDir = path.join(dir, 'cs-out');
    await writeFile(cfg, config('sut: cs'));
    const cli = startCli(['run', '--config', cfg, '--case', 'TC_B_0*_CS', '--out', outDir]);
    const url = await waitFor(() => /at (ws:\/\/\S+)/.exec(cli.stdout())?.[1], cli.child, 'it listened');
    const rng = seeded(SEED);
    const stats = emptyStats();
    let ended = false;
    const done = cli.done.then((r) => { ended = true; return r; });
    await badUpgrades(url, 'HOSTILE-CS', stats);
    let ws: WebSocket | undefined;
    let script = SCRIPT;
    for (let attempts = 0; !ended && stats.frames < STATION_FRAMES && attempts < 200; attempts++) {
      ws = await openWs(`${url}/HOSTILE-CS`);
      if (!ws) continue;
      stats.connections += 1;
      answerHostilely(ws, rng, stationAnswer);
      ws.send(JSON.stringify([2, `boot-${attempts}`, 'BootNotification', { reason: 'PowerUp', chargingStation: { vendorName: 'Hostile', model: 'H1' } }]));
      const how = await blast(ws, 'station', STATION_FRAMES - stats.frames, rng, stats, DEFAULT_MAX_PAYLOAD, script);
      script = [];
      if (how === 'closed') await closed(ws);
    }
    const run = await finish(outDir, await done);
    ws?.terminate();
    total.frames += stats.frames;
    expectSurvived(run, stats, STATION_FRAMES);
    if (process.env.OCPPH_HOSTILE_VERBOSE) console.log(`${run.results.cases.map((c) => `${c.id} ${c.verdict} ${c.reason ?? ''}`.slice(0, 200)).join('\n')}\n${JSON.stringify(stats)} peak ${Math.round(run.peakKb / 1024)} MB`);
  });

  it(`harness as charging station against a hostile CSMS (seed ${SEED}, ${CSMS_FRAMES} frames)`, async () => {
    const rng = seeded(SEED + 1);
    const stats = emptyStats();
    const blasts: Array<Promise<unknown>> = [];
    // It answers the station's calls properly (a failed general precondition abandons the rest of the
    // run), and is hostile in everything it sends itself: connection 1 gets the whole flood and ends
    // with an oversized frame, connection 2 an abrupt close.
    const plans: Array<(ws: WebSocket) => Promise<unknown>> = [
      (ws) => blast(ws, 'csms', CSMS_FRAMES - 2, rng, stats, DEFAULT_MAX_PAYLOAD, SCRIPT.filter((k) => k !== 'oversized'), true)
        .then(() => blast(ws, 'csms', 1, rng, stats, DEFAULT_MAX_PAYLOAD, ['oversized'])),
      (ws) => blast(ws, 'csms', 1, rng, stats, DEFAULT_MAX_PAYLOAD, ['abrupt-close']),
    ];
    const csms = await hostileCsmsServer(['http-500', 'wrong-subprotocol', 'no-subprotocol', 'drop'], (ws) => {
      answerHostilely(ws, rng, csmsAnswer, () => true);
      const plan = plans.shift();
      if (plan) ws.once('message', () => { blasts.push(plan(ws)); });
    }, stats);
    try {
      const cfg = path.join(dir, 'csms.yaml');
      const outDir = path.join(dir, 'csms-out');
      await writeFile(cfg, config(`sut: csms\ncsmsUrl: "${csms.url}"`, 2000));
      const cli = startCli(['run', '--config', cfg, '--case', 'TC_B_*_CSMS', '--out', outDir]);
      const run = await finish(outDir, await cli.done);
      await Promise.all(blasts);
      total.frames += stats.frames;
      const verdicts = run.results.cases.map((c) => `${c.id} ${c.verdict} ${c.reason ?? ''}`.slice(0, 300)).join('\n');
      expect(stats.connections, `the harness reconnected after the bad upgrades and the abrupt close:\n${verdicts}\n${JSON.stringify(stats)}`).to.be.at.least(2);
      expectSurvived(run, stats, CSMS_FRAMES);
      if (process.env.OCPPH_HOSTILE_VERBOSE) console.log(`${verdicts}\n${JSON.stringify(stats)} peak ${Math.round(run.peakKb / 1024)} MB`);
      expect(total.frames, 'both roles together').to.be.at.least(10_000);
    } finally {
      await csms.close();
    }
  });
});
