/**
 * What the harness endpoint (as CSMS) refuses at the upgrade: a station identity that is not the
 * SUT's (HTTP 404, recorded in the running case), and a peer that never finishes its upgrade
 * (slow-loris: dropped after the upgrade timeout).
 */
import { expect } from 'chai';
import net from 'node:net';
import tls from 'node:tls';
import type { RejectedUpgrade } from '../../src/transport/server.js';
import { CsmsLink } from '../../src/ocpp/link.js';
import { CsmsSidePeer } from '../../src/ocpp/peer-csms-side.js';
import { CaseRecorder } from '../../src/ocpp/recorder.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { isHarnessError, type HarnessError } from '../../src/errors.js';
import { Cleanup, collect, nextEvent, within } from '../helpers/wait.js';
import { autoAnswer, connectOurs, startServer, type StartedServer } from '../helpers/harness.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';

/** Sends `head` on a raw TCP connection and resolves with everything the server wrote until it closed. */
function rawExchange(cleanup: Cleanup, port: number, head: string, timeoutMs = 5_000): Promise<string> {
  const socket = cleanup.add(net.connect(port, '127.0.0.1'), (s) => s.destroy());
  let answer = '';
  socket.on('data', (d: Buffer) => { answer += d.toString('latin1'); });
  socket.on('error', () => undefined);
  socket.write(head, 'latin1');
  return within(new Promise<string>((resolve) => socket.once('close', () => resolve(answer))), 'the server to close the raw connection', timeoutMs);
}

const upgradeHead = (target: string) => `GET ${target} HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`
  + 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ocpp2.0.1\r\n\r\n';

describe('transport: upgrade guards of the harness endpoint', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  let pki: Pki;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  describe('station identity (OCPP-J: an unknown identity gets 404)', () => {
    let started: StartedServer;
    beforeEach(async () => { started = await startServer(cleanup, { expectedStationId: 'CS001' }); });

    it('accepts the configured identity', async () => {
      const accepted = started.nextConnection('CS001');
      await connectOurs(cleanup, { url: started.url, stationId: 'CS001' });
      autoAnswer((await accepted).rpc);
    });

    it('refuses another identity with HTTP 404 and reports it', async () => {
      const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      const err = await connectOurs(cleanup, { url: started.url, stationId: 'SOMEONE-ELSE' }).then(() => undefined, (e: unknown) => e);
      expect(isHarnessError(err, 'OCPPH_ERR_HTTP_STATUS'), String(err)).to.equal(true);
      expect((err as HarnessError).details?.status).to.equal(404);
      const ev = await rejected;
      expect(ev).to.include({ status: 404, stationId: 'SOMEONE-ELSE' });
      expect(ev.error.message).to.contain('unknown station identity "SOMEONE-ELSE"');
    });

    for (const [what, target, identity] of [
      ['a path-traversal identity', '/ocpp/..%2F..%2Fetc%2Fpasswd', '../../etc/passwd'],
      ['a path with dot segments', '/ocpp/../../etc/passwd', 'passwd'],
      ['an identity with a NUL byte', '/ocpp/CS%00001', 'CS\u0000001'],
      ['the right identity under another prefix plus a suffix', '/ocpp/CS001/extra', 'extra'],
    ] as const) {
      it(`refuses ${what} with HTTP 404 (raw request)`, async () => {
        const rejections = collect<RejectedUpgrade>(started.server, 'rejected');
        const answer = await rawExchange(cleanup, started.port, upgradeHead(target));
        expect(answer).to.match(/^HTTP\/1\.1 404 Not Found\r\n/);
        expect(rejections.map((r) => r.stationId)).to.deep.equal([identity]);
        expect(started.connections).to.have.length(0);
      });
    }

    it('under profile 3 the verified client certificate\'s CN is accepted as the identity too', async () => {
      const tlsServer = await startServer(cleanup, {
        securityProfile: 3, expectedStationId: 'CONFIGURED-ID',
        tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem, ca: pki.get('csms-root').certPem },
      });
      const stationTls = { ca: pki.get('csms-root').certPem, cert: pki.chainPem('station'), key: pki.get('station').keyPem };
      const accepted = tlsServer.nextConnection(PKI_STATION_ID);
      await connectOurs(cleanup, { url: tlsServer.url, stationId: PKI_STATION_ID, securityProfile: 3, tls: stationTls });
      autoAnswer((await accepted).rpc);
      const rejected = nextEvent<RejectedUpgrade>(tlsServer.server, 'rejected');
      const err = await connectOurs(cleanup, { url: tlsServer.url, stationId: 'NEITHER', securityProfile: 3, tls: stationTls }).then(() => undefined, (e: unknown) => e);
      expect((err as HarnessError).details?.status).to.equal(404);
      expect((await rejected).status).to.equal(404);
    });

    it('the session endpoint (CsmsLink) refuses other identities and the running case records the attempt', async () => {
      const link = cleanup.add(new CsmsLink({ versions: ['2.0.1'], securityProfile: 0, expectedStationId: 'CS001' }), (l) => l.close());
      const { url, port } = await link.listen();
      const peer = new CsmsSidePeer(link, { ics: defaultIcs('2.0.1', 'CS') });
      const recorder = new CaseRecorder();
      peer.beginCase(recorder);
      const answer = await rawExchange(cleanup, port, upgradeHead('/ocpp/SOMEONE-ELSE'));
      expect(answer).to.match(/^HTTP\/1\.1 404 /);
      const texts = recorder.steps.map((s) => s.text);
      expect(texts.some((t) => /upgrade refused with HTTP 404 \(unknown station identity "SOMEONE-ELSE"/.test(t)), texts.join('\n')).to.equal(true);
      expect(link.current()).to.equal(undefined);
      expect(url).to.match(/^ws:/);
    });
  });

  describe('slow-loris upgrades', () => {
    it('drops a plain connection whose upgrade request never completes: HTTP 408, reported', async () => {
      const started = await startServer(cleanup, { upgradeTimeoutMs: 300 });
      const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      const t0 = Date.now();
      // Half a request, then silence.
      const answer = await rawExchange(cleanup, started.port, 'GET /ocpp/CS001 HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n', 3_000);
      expect(answer).to.match(/^HTTP\/1\.1 408 Request Timeout\r\n/);
      expect(Date.now() - t0).to.be.below(2_500);
      const ev = await rejected;
      expect(ev.status).to.equal(408);
      expect(ev.error.message).to.match(/did not complete its upgrade request within 300 ms/);
    });

    it('drops a TLS peer that never finishes the handshake, and one that never sends its request', async () => {
      const started = await startServer(cleanup, {
        securityProfile: 2, upgradeTimeoutMs: 300,
        tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem },
      });
      const rejections = collect<RejectedUpgrade>(started.server, 'rejected');
      const tlsErrors = collect<HarnessError>(started.server, 'tlsError');
      // 1. TCP only: no ClientHello at all.
      expect(await rawExchange(cleanup, started.port, '', 3_000)).to.equal('');
      // 2. A complete handshake, then no HTTP request: answered 408 inside TLS.
      const socket = cleanup.add(tls.connect({ port: started.port, host: '127.0.0.1', servername: 'localhost', ca: pki.get('csms-root').certPem }), (s) => s.destroy());
      let answer = '';
      socket.on('data', (d: Buffer) => { answer += d.toString('latin1'); });
      socket.on('error', () => undefined);
      await within(new Promise((resolve) => socket.once('close', resolve)), 'the server to drop the idle TLS connection', 3_000);
      expect(answer).to.match(/^HTTP\/1\.1 408 /);
      expect(rejections.map((r) => r.status)).to.deep.equal([408, 408]);
      // Dropped by us, not refused by the peer: no TLS error is made up.
      expect(tlsErrors.map((e) => e.message)).to.deep.equal([]);
    });

    it('leaves a station that upgraded in time alone', async () => {
      const started = await startServer(cleanup, { upgradeTimeoutMs: 300 });
      const accepted = started.nextConnection('CS001');
      const { rpc } = await connectOurs(cleanup, { url: started.url });
      autoAnswer((await accepted).rpc);
      // A slow loris opened after the station is dropped after the timeout: by then the station is past it too.
      const answer = await rawExchange(cleanup, started.port, 'GET /ocpp/CS002 HTTP/1.1\r\n', 3_000);
      expect(answer).to.match(/^HTTP\/1\.1 408 /);
      expect((await rpc.call('Heartbeat', {})).kind).to.equal('result');
    });
  });
});
