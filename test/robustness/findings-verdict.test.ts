/**
 * Issue 13 item 5: a protocol finding on a frame the SUT sent during a case fails that case,
 * naming the frame; a finding on a frame sent between cases is reported on its own and charged
 * to no case. Real WebSocket on loopback: a raw `ws` station against the harness as CSMS.
 */
import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { CsmsLink } from '../../src/ocpp/link.js';
import { CsmsSidePeer } from '../../src/ocpp/peer-csms-side.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import { runPlan } from '../../src/engine/runner.js';
import type { Operator } from '../../src/domain/operator-actions.js';
import type { CaseResult } from '../../src/engine/model.js';
import { runCli } from '../helpers/cli.js';

const noOperator: Operator = { name: 'none', handles: () => false, perform: () => Promise.resolve({ status: 'unavailable', reason: 'none' }) };

function heartbeatCase(id: string, before: () => void) {
  return defineTestCase({
    id, title: id, version: '2.0.1', sut: 'CS', profiles: ['Core'], covers: ['G02.FR.01'], catches: ['x'], preconditions: false,
    async run({ sut }: CaseContext) {
      const hb = sut.expectCall('Heartbeat', { timeoutMs: 5_000 });
      before();
      await hb;
    },
  });
}

describe('robustness: protocol findings fail the case that was running (issue 13 item 5)', function () {
  this.timeout(30_000);
  let link: CsmsLink;
  let ws: WebSocket;

  afterEach(async () => {
    ws?.terminate();
    await link?.close();
  });

  /** The harness as CSMS on loopback, with a raw `ws` station connected to it. */
  async function rawStation() {
    link = new CsmsLink({ host: '127.0.0.1', port: 0, versions: ['2.0.1'], securityProfile: 0 });
    const { url } = await link.listen();
    const ics = defaultIcs('2.0.1', 'CS');
    const peer = new CsmsSidePeer(link, { ics, holdMs: 50 });
    const connected = new Promise((resolve) => link.once('connection', resolve));
    ws = new WebSocket(`${url}/${ics.station.id}`, 'ocpp2.0.1');
    await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
    await connected;
    return { ics, peer };
  }

  it('charges a binary frame and a schema-invalid call to the running case, and a between-cases finding to none', async () => {
    const { ics, peer } = await rawStation();
    const heartbeat = (id: string) => ws.send(JSON.stringify([2, id, 'Heartbeat', {}]));
    // Between cases: a schema-invalid StatusNotification, answered by the background recorder.
    const answered = new Promise((resolve) => ws.once('message', resolve));
    ws.send(JSON.stringify([2, 'between-1', 'StatusNotification', { timestamp: 'x', connectorStatus: 'Exploded', evseId: 1, connectorId: 1 }]));
    await answered;

    const results: CaseResult[] = await runPlan({
      plan: [
        { testCase: heartbeatCase('TC_Z_91_CS', () => heartbeat('hb-1')) },
        { testCase: heartbeatCase('TC_Z_92_CS', () => { ws.send(Buffer.from('binary!'), { binary: true }); heartbeat('hb-2'); }) },
        { testCase: heartbeatCase('TC_Z_93_CS', () => { ws.send(JSON.stringify([2, 'sn-3', 'StatusNotification', { connectorStatus: 'Exploded' }])); heartbeat('hb-3'); }) },
        { testCase: heartbeatCase('TC_Z_94_CS', () => { ws.send(JSON.stringify([3, 'nobody-asked', {}])); heartbeat('hb-4'); }) },
        { testCase: heartbeatCase('TC_Z_95_CS', () => { ws.send('{"not json'); heartbeat('hb-5'); }) },
      ],
      peer, operator: noOperator, ics, emit: () => undefined, defaultDeadlineMs: 10_000, settings: {}, pki: () => Promise.reject(new Error('no PKI')),
    });
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId.TC_Z_91_CS?.verdict, byId.TC_Z_91_CS?.reason).to.equal('PASS');
    expect(byId.TC_Z_91_CS?.steps.some((s) => s.text.startsWith('between cases (not charged to this case): SCHEMA_VIOLATION'))).to.equal(true);

    const expectFail = (id: string, code: RegExp, named: RegExp) => {
      const r = byId[id]!;
      expect(r.verdict, `${id}: ${r.reason ?? ''}`).to.equal('FAIL');
      expect(r.reason).to.match(code).and.match(named);
      if (r.verdict !== 'FAIL') return;
      expect(r.offendingFrame, `${id} names its offending frame`).to.be.a('number');
      expect(r.frames[r.offendingFrame!]!.offending).to.equal(true);
      expect(r.frames[r.offendingFrame!]!.findings?.join(' ')).to.match(code);
    };
    expectFail('TC_Z_92_CS', /binary frame/, /protocol violation by the SUT in a frame/);
    expectFail('TC_Z_93_CS', /StatusNotification request breaks the schema/, /in the StatusNotification frame \(message id sn-3\)/);
    expectFail('TC_Z_94_CS', /unknown/i, /message id nobody-asked/);
    expectFail('TC_Z_95_CS', /not valid JSON/, /protocol violation by the SUT/);
  });

  it('a case that stops on a harness error after the SUT broke the schema FAILs for the SUT\'s frame, never ERROR', async () => {
    const { ics, peer } = await rawStation();
    // The case reads a field the SUT left out (as an unguarded `payload.x.y` would): a TypeError, the harness's own failure.
    const readsMissingField = defineTestCase({
      id: 'TC_Z_96_CS', title: 'TC_Z_96_CS', version: '2.0.1', sut: 'CS', profiles: ['Core'], covers: ['G02.FR.01'], catches: ['x'], preconditions: false,
      async run({ sut }: CaseContext) {
        const hb = sut.expectCall('Heartbeat', { timeoutMs: 5_000 });
        ws.send(JSON.stringify([2, 'sn-6', 'StatusNotification', { connectorStatus: 'Available' }]));
        ws.send(JSON.stringify([2, 'hb-6', 'Heartbeat', {}]));
        await hb;
        throw new TypeError("Cannot read properties of undefined (reading 'id')");
      },
    });
    const [result] = await runPlan({
      plan: [{ testCase: readsMissingField }],
      peer, operator: noOperator, ics, emit: () => undefined, defaultDeadlineMs: 10_000, settings: {}, pki: () => Promise.reject(new Error('no PKI')),
    });
    expect(result?.verdict, result?.reason).to.equal('FAIL');
    expect(result?.reason).to.match(/in the StatusNotification frame \(message id sn-6\)/);
    expect(result?.steps.some((s) => s.text.includes('harness error after the SUT broke the protocol'))).to.equal(true);
  });

  it('run --sim --sim-fault schema-invalid-payload --case TC_B_06_CS fails the case, naming the StatusNotification', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'ocpph-b06-'));
    const res = await runCli(['run', '--sim', '--sim-fault', 'schema-invalid-payload', '--case', 'TC_B_06_CS', '--json', '--no-html', '--out', out]);
    await rm(out, { recursive: true, force: true });
    const json = JSON.parse(res.stdout) as { cases: Array<{ id: string; verdict: string; reason?: string }> };
    expect(res.code).to.equal(1);
    expect(json.cases[0]?.verdict).to.equal('FAIL');
    expect(json.cases[0]?.reason).to.match(/the StatusNotification frame .*connectorStatus/);
  });
});
