/**
 * Issue 13 item 6: failures the CSMS under test causes are FAIL with the requirement it broke, or
 * INCONCLUSIVE when it could not be reached at all; never ERROR. Real sockets on loopback: a raw
 * HTTP server misbehaving at the upgrade, against the harness playing the charging station.
 */
import { expect } from 'chai';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { StationLink } from '../../src/ocpp/link.js';
import { StationSidePeer } from '../../src/ocpp/peer-station-side.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { defineTestCase } from '../../src/engine/testcase.js';
import { runPlan, type Preconditions } from '../../src/engine/runner.js';
import type { Operator } from '../../src/domain/operator-actions.js';
import type { CaseResult } from '../../src/engine/model.js';
import { HarnessError } from '../../src/errors.js';
import { gradeLinkFailure } from '../../src/engine/link-failures.js';

const noOperator: Operator = { name: 'none', handles: () => false, perform: () => Promise.resolve({ status: 'unavailable', reason: 'none' }) };
const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

type Behaviour = 'http-500' | 'wrong-subprotocol' | 'no-subprotocol' | 'silent' | 'drop';

/** A "CSMS" that misbehaves at the WebSocket upgrade in one way. */
async function hostileCsms(behaviour: Behaviour): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => { res.writeHead(404).end(); });
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  server.on('upgrade', (req, socket) => {
    if (behaviour === 'silent') return;
    if (behaviour === 'drop') return void socket.destroy();
    if (behaviour === 'http-500') {
      socket.end('HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}${GUID}`).digest('base64');
    const protocol = behaviour === 'wrong-subprotocol' ? 'Sec-WebSocket-Protocol: ocpp1.6\r\n' : '';
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${protocol}\r\n`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://127.0.0.1:${port}/ocpp`,
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

async function closedPortUrl(): Promise<string> {
  const srv = net.createServer();
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  await new Promise((resolve) => srv.close(resolve));
  return `ws://127.0.0.1:${port}/ocpp`;
}

async function gradeAgainst(url: string, viaPreconditions: boolean): Promise<CaseResult> {
  const ics = defaultIcs('2.0.1', 'CSMS');
  const link = new StationLink({ url, stationId: ics.station.id, versions: ['2.0.1'], securityProfile: 0, handshakeTimeoutMs: 300 });
  const peer = new StationSidePeer(link, { ics, connectMs: 300 });
  const tc = defineTestCase({
    id: 'TC_Z_96_CSMS', title: 'connects', version: '2.0.1', sut: 'CSMS', profiles: ['Core'], covers: ['B01.FR.01'], catches: ['x'],
    preconditions: viaPreconditions,
    async run({ sut }) { await sut.expectConnection(); },
  });
  const preconditions: Preconditions = async ({ sut }) => { await sut.expectConnection(); };
  try {
    const [result] = await runPlan({
      plan: [{ testCase: tc }], peer, operator: noOperator, ics, emit: () => undefined, defaultDeadlineMs: 5_000, settings: {},
      pki: () => Promise.reject(new Error('no PKI')), ...(viaPreconditions ? { preconditions } : {}),
    });
    return result!;
  } finally {
    await link.close();
  }
}

describe('robustness: connection failures blame the right side (issue 13 item 6)', function () {
  this.timeout(20_000);
  const cases: Array<{ behaviour: Behaviour; requirement: string; reason: RegExp }> = [
    { behaviour: 'http-500', requirement: 'OCPP-J 3.2', reason: /refused the upgrade .*HTTP 500/ },
    { behaviour: 'wrong-subprotocol', requirement: 'OCPP-J 3.1.2 / 3.2', reason: /did not select one of the offered OCPP subprotocols/ },
    { behaviour: 'no-subprotocol', requirement: 'OCPP-J 3.1.2 / 3.2', reason: /did not select one of the offered OCPP subprotocols/ },
    { behaviour: 'silent', requirement: 'OCPP-J 3.2', reason: /never answered the WebSocket upgrade/ },
    { behaviour: 'drop', requirement: 'OCPP-J 3.2', reason: /closed the connection instead of answering the WebSocket upgrade/ },
  ];
  for (const { behaviour, requirement, reason } of cases) {
    for (const viaPreconditions of [false, true]) {
      it(`a CSMS that answers the upgrade with ${behaviour} FAILs the case with ${requirement}${viaPreconditions ? ' (in the general preconditions)' : ''}`, async () => {
        const csms = await hostileCsms(behaviour);
        try {
          const r = await gradeAgainst(csms.url, viaPreconditions);
          expect(r.verdict, r.reason).to.equal('FAIL');
          expect(r.requirement).to.equal(requirement);
          expect(r.reason).to.match(reason);
        } finally {
          await csms.close();
        }
      });
    }
  }

  it('a CSMS that cannot be reached at all is INCONCLUSIVE, in the case body and in the preconditions', async () => {
    const url = await closedPortUrl();
    for (const via of [false, true]) {
      const r = await gradeAgainst(url, via);
      expect(r.verdict, r.reason).to.equal('INCONCLUSIVE');
      expect(r.reason).to.match(via ? /general preconditions could not be restored: .*ECONNREFUSED/ : /could not be reached: .*ECONNREFUSED/);
    }
  });

  it('TLS: a refused client certificate is a FAIL naming A00.FR.403; an unknown CSMS CA is INCONCLUSIVE; an expired server certificate FAILs A00.FR.307', () => {
    const ctx = (securityProfile: number) => ({ sut: 'CSMS' as const, version: '2.0.1' as const, securityProfile });
    const tls = (code: string) => new HarnessError('OCPPH_ERR_TLS', `TLS failed (${code})`, { code });
    expect(gradeLinkFailure(tls('ECONNRESET'), ctx(3))).to.include({ verdict: 'FAIL', requirement: 'A00.FR.403' });
    expect(gradeLinkFailure(tls('ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE'), ctx(2))).to.include({ verdict: 'FAIL', requirement: 'A00.FR.313' });
    expect(gradeLinkFailure(tls('UNABLE_TO_VERIFY_LEAF_SIGNATURE'), ctx(2))).to.include({ verdict: 'INCONCLUSIVE' });
    expect(gradeLinkFailure(tls('CERT_HAS_EXPIRED'), ctx(2))).to.include({ verdict: 'FAIL', requirement: 'A00.FR.307' });
    expect(gradeLinkFailure(new HarnessError('OCPPH_ERR_HTTP_STATUS', 'HTTP 401', { status: 401 }), ctx(1))).to.include({ verdict: 'FAIL', requirement: 'A00.FR.207' });
    // Harness faults stay ERROR: not graded here.
    expect(gradeLinkFailure(new HarnessError('OCPPH_ERR_USAGE', 'misuse'), ctx(0))).to.equal(undefined);
    expect(gradeLinkFailure(new TypeError('boom'), ctx(0))).to.equal(undefined);
  });
});
