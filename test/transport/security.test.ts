import { expect } from 'chai';
import net from 'node:net';
import { OcppServer, type AuthRequest, type RejectedUpgrade } from '../../src/transport/server.js';
import { connectClient } from '../../src/transport/client.js';
import type { TlsOptions } from '../../src/transport/security.js';
import { HarnessError, isHarnessError, type HarnessErrorCode } from '../../src/errors.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { autoAnswer, connectOurs, controlStation, startServer, type StartedServer } from '../helpers/harness.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';

const PASSWORD = 'correct horse battery staple';

async function refusal(promise: Promise<unknown>, code: HarnessErrorCode): Promise<HarnessError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(isHarnessError(err, code), `expected ${code}, got ${String(err)}`).to.equal(true);
  return err as HarnessError;
}

describe('transport: security profiles', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  let pki: Pki;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  const serverTls = (role: PkiRole = 'csms-server-rsa'): TlsOptions => ({ cert: pki.chainPem(role), key: pki.get(role).keyPem });
  const trustCsmsRoot = (): TlsOptions => ({ ca: pki.get('csms-root').certPem });
  const stationTls = (role: PkiRole = 'station'): TlsOptions => ({ ...trustCsmsRoot(), cert: pki.chainPem(role), key: pki.get(role).keyPem });

  it('profile 0: plain ws', async () => {
    const started = await startServer(cleanup, { securityProfile: 0 });
    expect(started.url).to.match(/^ws:\/\/127\.0\.0\.1:\d+\/ocpp$/);
    const accepted = started.nextConnection('CS001');
    const { rpc, info } = await connectOurs(cleanup, { url: started.url, securityProfile: 0 });
    const conn = await accepted;
    autoAnswer(conn.rpc);
    expect(info.tls).to.equal(undefined);
    expect(conn.info).to.include({ securityProfile: 0, stationId: 'CS001', remoteAddress: '127.0.0.1' });
    expect((await rpc.call('Heartbeat', {})).kind).to.equal('result');
  });

  describe('profile 1: Basic auth over ws', () => {
    let started: StartedServer;
    let control: { roundTrip(): Promise<void> };
    let seen: AuthRequest[];

    beforeEach(async () => {
      seen = [];
      started = await startServer(cleanup, { securityProfile: 1, authenticate: (a) => { seen.push(a); return a.password === PASSWORD; } });
      control = await controlStation(cleanup, started, 'CONTROL', { securityProfile: 1, basicAuth: { password: PASSWORD } });
    });
    afterEach(() => control.roundTrip());

    it('accepts the right password and hands the credentials to the policy', async () => {
      const accepted = started.nextConnection('CS001');
      await connectOurs(cleanup, { url: started.url, securityProfile: 1, basicAuth: { password: PASSWORD } });
      expect((await accepted).info).to.include({ username: 'CS001', securityProfile: 1 });
      expect(seen.at(-1)).to.include({ stationId: 'CS001', username: 'CS001', password: PASSWORD, securityProfile: 1 });
    });

    it('refuses a wrong password: HTTP 401 at upgrade, OCPPH_ERR_HTTP_STATUS with status 401, no password in the messages', async () => {
      const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      const err = await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 1, basicAuth: { password: 'wrong-password' } }), 'OCPPH_ERR_HTTP_STATUS');
      expect(err.details?.status).to.equal(401);
      const ev = await rejected;
      expect(ev).to.include({ status: 401, stationId: 'CS001' });
      expect(ev.error.code).to.equal('OCPPH_ERR_HTTP_STATUS');
      for (const text of [err.message, ev.error.message, JSON.stringify(ev.error.details)]) expect(text).not.to.contain('wrong-password');
    });

    it('refuses missing credentials and a username that is not the station id', async () => {
      let rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      expect((await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 1 }), 'OCPPH_ERR_HTTP_STATUS')).details?.status).to.equal(401);
      expect((await rejected).error.message).to.contain('no HTTP Basic credentials');
      rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 1, basicAuth: { username: 'someone-else', password: PASSWORD } }), 'OCPPH_ERR_HTTP_STATUS');
      expect((await rejected).error.message).to.contain("'someone-else'");
    });

    it('a profile-1 client refuses a wss:// URL (config error)', async () => {
      await refusal(connectClient({ url: 'wss://127.0.0.1:1/ocpp', stationId: 'CS001', versions: ['2.0.1'], securityProfile: 1, basicAuth: { password: PASSWORD } }), 'OCPPH_ERR_CONFIG');
    });
  });

  describe('profile 2: Basic auth over TLS', () => {
    for (const role of ['csms-server-rsa', 'csms-server-ecdsa'] as const) {
      it(`accepts a server with ${role} that chains to the CSMS root (TLS 1.3 by default)`, async () => {
        const started = await startServer(cleanup, { securityProfile: 2, tls: serverTls(role), authenticate: (a) => a.password === PASSWORD });
        expect(started.url).to.match(/^wss:/);
        const accepted = started.nextConnection('CS001');
        const { rpc, info } = await connectOurs(cleanup, { url: started.url, securityProfile: 2, basicAuth: { password: PASSWORD }, tls: trustCsmsRoot() });
        const conn = await accepted;
        autoAnswer(conn.rpc);
        expect(info.tls?.protocol).to.equal('TLSv1.3');
        expect(conn.info.tls?.protocol).to.equal('TLSv1.3');
        expect(conn.info.username).to.equal('CS001');
        expect((await rpc.call('Heartbeat', {})).kind).to.equal('result');
      });
    }

    it('negotiates TLS 1.2 when the client caps it there', async () => {
      const started = await startServer(cleanup, { securityProfile: 2, tls: serverTls() });
      const { info } = await connectOurs(cleanup, { url: started.url, securityProfile: 2, basicAuth: { password: PASSWORD }, tls: { ...trustCsmsRoot(), maxVersion: 'TLSv1.2' } });
      expect(info.tls?.protocol).to.equal('TLSv1.2');
      expect(info.tls?.cipher).to.be.a('string');
    });

    const badServers: Array<[PkiRole, RegExp]> = [
      ['expired-server', /CERT_HAS_EXPIRED/],
      ['unknown-ca-server', /UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT|SELF_SIGNED_CERT_IN_CHAIN/],
      ['wrong-host-server', /ERR_TLS_CERT_ALTNAME_INVALID/],
    ];
    for (const [role, code] of badServers) {
      it(`refuses a server presenting ${role} (OCPPH_ERR_TLS)`, async () => {
        const started = await startServer(cleanup, { securityProfile: 2, tls: serverTls(role) });
        const err = await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 2, basicAuth: { password: PASSWORD }, tls: trustCsmsRoot() }), 'OCPPH_ERR_TLS');
        expect(String(err.details?.code)).to.match(code);
        expect(started.connections).to.have.length(0);
      });
    }

    describe('server side failures do not disturb the other stations', () => {
      let started: StartedServer;
      let control: { roundTrip(): Promise<void> };
      beforeEach(async () => {
        started = await startServer(cleanup, { securityProfile: 2, tls: serverTls(), authenticate: (a) => a.password === PASSWORD });
        control = await controlStation(cleanup, started, 'CONTROL', { securityProfile: 2, basicAuth: { password: PASSWORD }, tls: trustCsmsRoot() });
      });
      afterEach(() => control.roundTrip());

      it('TLS handshake failure (client does not trust the server): tlsError on the server', async () => {
        const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
        await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 2, basicAuth: { password: PASSWORD }, tls: { ca: pki.get('unknown-ca').certPem } }), 'OCPPH_ERR_TLS');
        expect((await tlsError).code).to.equal('OCPPH_ERR_TLS');
      });

      it('plain text on the TLS port: tlsError on the server', async () => {
        const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
        const socket = cleanup.add(net.connect(started.port, '127.0.0.1'), (s) => s.destroy());
        socket.on('error', () => undefined);
        socket.write('GET /ocpp/CS001 HTTP/1.1\r\nHost: x\r\n\r\n');
        expect((await tlsError).code).to.equal('OCPPH_ERR_TLS');
      });

      it('wrong Basic auth password over TLS: HTTP 401', async () => {
        const err = await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 2, basicAuth: { password: 'nope' }, tls: trustCsmsRoot() }), 'OCPPH_ERR_HTTP_STATUS');
        expect(err.details?.status).to.equal(401);
      });

      it('refuses a client forced to TLS 1.1 (TLS 1.2 minimum by default)', async () => {
        const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
        await refusal(connectOurs(cleanup, {
          url: started.url, securityProfile: 2, basicAuth: { password: PASSWORD }, tls: { ...trustCsmsRoot(), minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' },
        }), 'OCPPH_ERR_TLS');
        expect((await tlsError).message).to.match(/unsupported protocol|version/i);
      });
    });

    it('configuration errors are typed', async () => {
      expect(() => new OcppServer({ versions: ['2.0.1'], securityProfile: 2 })).to.throw(HarnessError).with.property('code', 'OCPPH_ERR_CONFIG');
      expect(() => new OcppServer({ versions: ['2.0.1'], securityProfile: 3, tls: serverTls() })).to.throw(HarnessError).with.property('code', 'OCPPH_ERR_CONFIG');
      await refusal(connectClient({ url: 'ws://127.0.0.1:1/ocpp', stationId: 'CS001', versions: ['2.0.1'], securityProfile: 2 }), 'OCPPH_ERR_CONFIG');
    });
  });

  describe('profile 3: mutual TLS', () => {
    let started: StartedServer;
    let control: { roundTrip(): Promise<void> };

    beforeEach(async () => {
      started = await startServer(cleanup, { securityProfile: 3, tls: { ...serverTls(), ...trustCsmsRoot() } });
      control = await controlStation(cleanup, started, PKI_STATION_ID, { securityProfile: 3, tls: stationTls() });
    });
    afterEach(() => control.roundTrip());

    it('accepts a station certificate issued by the CSO sub-CA whose CN is the station id', async () => {
      const accepted = started.nextConnection(PKI_STATION_ID);
      const { info } = await connectOurs(cleanup, { url: started.url, stationId: PKI_STATION_ID, securityProfile: 3, tls: stationTls() });
      const conn = await accepted;
      expect(info.tls?.protocol).to.equal('TLSv1.3');
      expect(conn.info.securityProfile).to.equal(3);
      expect(conn.info.tls?.clientCert?.commonName).to.equal(PKI_STATION_ID);
      expect(conn.info.tls?.clientCert?.fingerprint256).to.match(/^[0-9A-F:]+$/);
    });

    it('refuses a certificate whose CN is not the station id (401, OCPPH_ERR_TLS on the server)', async () => {
      const rejected = nextEvent<RejectedUpgrade>(started.server, 'rejected');
      const err = await refusal(connectOurs(cleanup, { url: started.url, stationId: 'CS999', securityProfile: 3, tls: stationTls() }), 'OCPPH_ERR_HTTP_STATUS');
      expect(err.details?.status).to.equal(401);
      const ev = await rejected;
      expect(ev.error.code).to.equal('OCPPH_ERR_TLS');
      expect(ev.error.message).to.contain(`'${PKI_STATION_ID}'`).and.contain("'CS999'");
    });

    it('refuses a station without a client certificate', async () => {
      const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
      await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 3, tls: trustCsmsRoot() }), 'OCPPH_ERR_TLS');
      expect((await tlsError).message).to.match(/did not return a certificate/);
    });

    it('refuses a self-signed station certificate', async () => {
      const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
      const err = await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 3, tls: stationTls('self-signed-station') }), 'OCPPH_ERR_TLS');
      expect(err.message).to.contain('client certificate');
      const serverSide = await tlsError;
      expect(serverSide.message).to.contain('client certificate refused');
      expect(serverSide.details?.authorizationError).to.match(/SELF_SIGNED/);
    });

    it('refuses a station forced to TLS 1.1', async () => {
      const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
      await refusal(connectOurs(cleanup, { url: started.url, securityProfile: 3, tls: { ...stationTls(), minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' } }), 'OCPPH_ERR_TLS');
      expect((await tlsError).message).to.match(/unsupported protocol|version/i);
    });
  });
});
