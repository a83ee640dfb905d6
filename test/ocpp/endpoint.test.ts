/**
 * The harness endpoint as the A-block cases change it: other server certificates and TLS versions
 * from the next handshake on, another security profile (a restart on the same port), another
 * Basic-auth password; and how each connection attempt of a station ended, as a case sees it.
 */
import { expect } from 'chai';
import { CsmsLink, type EndpointRequest, type EndpointSettings } from '../../src/ocpp/link.js';
import { CsmsSidePeer } from '../../src/ocpp/peer-csms-side.js';
import { CaseRecorder } from '../../src/ocpp/recorder.js';
import { defaultIcs } from '../../src/config/default-ics.js';
import { connectClient, type OcppClientOptions } from '../../src/transport/client.js';
import type { AuthRequest } from '../../src/transport/server.js';
import { isPkiRole } from '../../src/pki/roles.js';
import { usesTls } from '../../src/transport/security.js';
import { Cleanup } from '../helpers/wait.js';
import { testPki, type Pki } from '../helpers/pki.js';

const PASSWORD = 'harness-test-password';

describe('ocpp: the CSMS endpoint a case reconfigures', function () {
  this.timeout(20_000);
  const cleanup = new Cleanup();
  let pki: Pki;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  const basicAuth = (password: string) => (a: AuthRequest) => a.securityProfile === 0 || a.securityProfile === 3 || a.password === password;

  /** What the session does with a request: PKI roles to PEMs, the password to an authentication policy. */
  const resolve = async (r: EndpointRequest): Promise<EndpointSettings> => {
    const securityProfile = r.securityProfile ?? 2;
    const role = r.serverCert ?? 'csms-server-rsa';
    if (!isPkiRole(role)) throw new Error(`no role ${role}`);
    return {
      securityProfile,
      ...(usesTls(securityProfile) ? {
        tls: {
          cert: pki.chainPem(role), key: pki.get(role).keyPem, ca: [pki.get('csms-root').certPem],
          ...(r.minTlsVersion ? { minVersion: r.minTlsVersion } : {}), ...(r.maxTlsVersion ? { maxVersion: r.maxTlsVersion } : {}),
        },
      } : {}),
      authenticate: basicAuth(r.basicAuthPassword ?? PASSWORD),
    };
  };

  async function endpoint(): Promise<{ link: CsmsLink; peer: CsmsSidePeer; url: string }> {
    const settings = await resolve({});
    const link = cleanup.add(new CsmsLink({ versions: ['2.0.1'], expectedStationId: 'CS001', endpointResolver: resolve, ...settings }), (l) => l.close());
    const { url } = await link.listen();
    const peer = new CsmsSidePeer(link, { ics: { ...defaultIcs('2.0.1', 'CS'), timeouts: { messageMs: 3_000, maxTimeDeviationMs: 4_000, bootMs: 10_000 } } });
    peer.beginCase(new CaseRecorder());
    return { link, peer, url };
  }

  async function station(url: string, extra: Partial<OcppClientOptions> = {}): Promise<Awaited<ReturnType<typeof connectClient>> | Error> {
    try {
      const c = await connectClient({
        url, stationId: 'CS001', versions: ['2.0.1'], securityProfile: 2, basicAuth: { password: PASSWORD }, tls: { ca: pki.get('csms-root').certPem }, ...extra,
      });
      cleanup.add(c, (x) => x.rpc.terminate());
      return c;
    } catch (err) {
      return err as Error;
    }
  }

  it('serves a bad certificate from the next handshake on, leaves the open connection alone, and restores the configured one', async () => {
    const { peer, url } = await endpoint();
    let attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.not.be.instanceOf(Error);
    expect((await attempt).kind).to.equal('connected');

    await peer.reconfigureEndpoint({ serverCert: 'expired-server' });
    expect(peer.isConnected(), 'the open connection stays').to.equal(true);
    attempt = peer.expectConnectionAttempt();
    const refused = await station(url);
    expect(refused).to.be.instanceOf(Error).with.property('message').that.matches(/expired/);
    expect((await attempt).kind).to.equal('tlsFailed');

    const restored = await peer.reconfigureEndpoint({});
    expect(restored.url).to.equal(url);
    attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.not.be.instanceOf(Error);
    expect((await attempt).kind).to.equal('connected');
  });

  it('reports a refused handshake under TLS 1.2 too (the client refuses the certificate after the handshake)', async () => {
    const { peer, url } = await endpoint();
    await peer.reconfigureEndpoint({ serverCert: 'unknown-ca-server', maxTlsVersion: 'TLSv1.2' });
    const attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.be.instanceOf(Error);
    const a = await attempt;
    expect(a.kind).to.equal('tlsFailed');
  });

  it('a TLS 1.1-only endpoint: a TLS 1.2 client fails, one that allows 1.1 connects with it', async () => {
    const { peer, url } = await endpoint();
    await peer.reconfigureEndpoint({ minTlsVersion: 'TLSv1', maxTlsVersion: 'TLSv1.1' });
    let attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.be.instanceOf(Error);
    expect((await attempt).kind).to.equal('tlsFailed');
    attempt = peer.expectConnectionAttempt();
    expect(await station(url, { tls: { ca: pki.get('csms-root').certPem, minVersion: 'TLSv1' } })).to.not.be.instanceOf(Error);
    const a = await attempt;
    expect(a.kind === 'connected' && (a.info.tls as { protocol?: string }).protocol).to.equal('TLSv1.1');
  });

  it('another security profile restarts the server on the same port: ws and Basic auth, then wss again', async () => {
    const { peer, url } = await endpoint();
    const plain = await peer.reconfigureEndpoint({ securityProfile: 1 });
    expect(plain.url).to.equal(url.replace(/^wss:/, 'ws:'));
    let attempt = peer.expectConnectionAttempt();
    expect(await station(plain.url, { securityProfile: 1, tls: undefined })).to.not.be.instanceOf(Error);
    const a = await attempt;
    expect(a.kind === 'connected' && a.info.securityProfile).to.equal(1);
    const back = await peer.reconfigureEndpoint({});
    expect(back.url).to.equal(url);
    expect(peer.isConnected(), 'the restart closed the connection').to.equal(false);
    attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.not.be.instanceOf(Error);
    expect((await attempt).kind).to.equal('connected');
  });

  it('a new Basic-auth password: the old one is refused with HTTP 401, the new one accepted', async () => {
    const { peer, url } = await endpoint();
    await peer.reconfigureEndpoint({ basicAuthPassword: 'Harness-0123456789abcdef' });
    let attempt = peer.expectConnectionAttempt();
    expect(await station(url)).to.be.instanceOf(Error);
    const a = await attempt;
    expect(a.kind === 'refused' && a.status).to.equal(401);
    attempt = peer.expectConnectionAttempt();
    expect(await station(url, { basicAuth: { password: 'Harness-0123456789abcdef' } })).to.not.be.instanceOf(Error);
    expect((await attempt).kind).to.equal('connected');
  });

  it('no attempt: a FAIL, or undefined when the case allows none', async () => {
    const { peer } = await endpoint();
    expect(await peer.expectConnectionAttempt({ timeoutMs: 50, allowNone: true })).to.equal(undefined);
    const err = await peer.expectConnectionAttempt({ timeoutMs: 50, requirement: 'A00.FR.311' }).then(() => undefined, (e: unknown) => e);
    expect(err).to.have.property('requirement', 'A00.FR.311');
  });
});
