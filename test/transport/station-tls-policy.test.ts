/**
 * The harness as charging station (sut: csms), with the TLS material a run uses, against
 * `openssl s_server` standing in for a CSMS: a server key under 2048 bits (A00.FR.502) and a server
 * that allows only CBC suites (A00.FR.319) are refused before any HTTP leaves the station; the knobs
 * a case uses to probe exactly that still connect.
 */
import { expect } from 'chai';
import { resolveConfig } from '../../src/config/config.js';
import { clientTls } from '../../src/session/tls.js';
import { connectClient } from '../../src/transport/client.js';
import type { TlsOptions } from '../../src/transport/security.js';
import { isHarnessError, type HarnessError } from '../../src/errors.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { Cleanup } from '../helpers/wait.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';
import { sServer, type SServer } from '../helpers/s-server.js';

const CBC_ONLY = 'ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:ECDHE-RSA-AES128-SHA:AES128-SHA256';

describe('transport: the harness as station refuses a weak CSMS (openssl s_server)', function () {
  this.timeout(20_000);
  const cleanup = new Cleanup();
  let pki: Pki;
  let tls: TlsOptions;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
    tls = await clientTls(resolveConfig({ sut: 'csms', ics: { securityProfile: 2 } }, {}, {}), async () => pki, {});
  });
  afterEach(() => cleanup.run());

  const serverArgs = (role: PkiRole, extra: string[] = []) => ['-cert', pki.get(role).certFile, '-key', pki.get(role).keyFile, ...extra];

  /** Connects as the harness station would; resolves with the error, or undefined when it connected (it cannot: s_server speaks no WebSocket). */
  async function attempt(server: SServer, extra: TlsOptions = {}): Promise<HarnessError> {
    const err = await connectClient({
      url: `wss://localhost:${server.port}/ocpp`, stationId: PKI_STATION_ID, versions: ['2.0.1'], securityProfile: 2,
      basicAuth: { password: 'station-secret-password' }, tls: { ...tls, ...extra }, handshakeTimeoutMs: 800,
    }).then(() => undefined, (e: unknown) => e);
    expect(isHarnessError(err), String(err)).to.equal(true);
    return err as HarnessError;
  }

  /** The upgrade request reached s_server (it echoes what it reads). */
  const requestArrives = (server: SServer) => server.waitFor(/GET \/ocpp\/CS001 HTTP\/1\.1/);

  it('refuses a server certificate with a 1024-bit RSA key: OCPPH_ERR_TLS naming A00.FR.502, no request sent', async () => {
    // OpenSSL's own default (security level 2) would not even load such a key.
    const server = await sServer(cleanup, serverArgs('weak-rsa-server', ['-cipher', 'DEFAULT@SECLEVEL=0']));
    const err = await attempt(server);
    expect(err.code).to.equal('OCPPH_ERR_TLS');
    expect(err.message).to.match(/RSA key has 1024 bits, under the 2048 of A00\.FR\.502/);
    expect(err.details?.requirement).to.equal('A00.FR.502');
    expect(server.output()).not.to.match(/GET |authorization/i);
  });

  it('a case that probes exactly that (allowWeakServerKey) still reaches the server', async () => {
    const server = await sServer(cleanup, serverArgs('weak-rsa-server', ['-cipher', 'DEFAULT@SECLEVEL=0']));
    const err = await attempt(server, { allowWeakServerKey: true });
    await requestArrives(server);
    expect(err.message).not.to.match(/A00\.FR\.502/);
  });

  it('refuses a server that allows only CBC suites (no TLS 1.3): OCPPH_ERR_TLS pointing at A00.FR.318/319', async () => {
    const server = await sServer(cleanup, serverArgs('csms-server-rsa', ['-no_tls1_3', '-cipher', CBC_ONLY]));
    const err = await attempt(server);
    expect(err.code).to.equal('OCPPH_ERR_TLS');
    expect(err.message).to.match(/handshake failure/);
    expect(err.message).to.contain('A00.FR.318/A00.FR.319');
    expect(server.output()).not.to.match(/GET /);
  });

  it('a case that offers a CBC suite on purpose (ciphers) still connects with it', async () => {
    const server = await sServer(cleanup, serverArgs('csms-server-rsa', ['-no_tls1_3', '-cipher', CBC_ONLY]));
    await attempt(server, { ciphers: 'ECDHE-RSA-AES128-SHA256' });
    await requestArrives(server);
  });

  it('connects to a server with a 2048-bit key and the A00.FR.318 suites (TLS 1.2 only, too)', async () => {
    const server = await sServer(cleanup, serverArgs('csms-server-rsa', ['-no_tls1_3']));
    await attempt(server);
    await requestArrives(server);
  });
});
