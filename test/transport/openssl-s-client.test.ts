import { expect } from 'chai';
import type { HarnessError } from '../../src/errors.js';
import type { AcceptedConnection } from '../../src/transport/server.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { startServer, type StartedServer } from '../helpers/harness.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';
import { sClient, upgradeRequest } from '../helpers/s-client.js';

describe('transport: a profile-3 server against openssl s_client', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  let pki: Pki;
  let started: StartedServer;

  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  beforeEach(async () => {
    started = await startServer(cleanup, {
      securityProfile: 3,
      tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem, ca: pki.get('csms-root').certPem },
    });
  });
  afterEach(() => cleanup.run());

  const trust = () => ['-servername', 'localhost', '-CAfile', pki.get('csms-root').certFile];

  it('completes the handshake and the upgrade with a valid station certificate', async () => {
    const accepted = started.nextConnection(PKI_STATION_ID);
    const station = pki.get('station');
    const result = await sClient({
      port: started.port,
      args: [...trust(), '-cert', station.certFile, '-key', station.keyFile, '-cert_chain', pki.get('cso-sub-ca').certFile],
      request: upgradeRequest(PKI_STATION_ID),
      endWhen: /HTTP\/1\.1 101 /,
    });
    expect(result.output).to.contain('Verify return code: 0 (ok)');
    expect(result.output).to.match(/New, TLSv1\.3, Cipher is /);
    expect(result.output).to.contain('HTTP/1.1 101 Switching Protocols');
    expect(result.output).to.match(/Sec-WebSocket-Protocol: ocpp2\.0\.1/i);
    expect(result.code).to.equal(0);
    const conn = await accepted;
    expect(conn.info.tls?.clientCert?.commonName).to.equal(PKI_STATION_ID);
  });

  it('refuses s_client offering no client certificate (alert certificate required)', async () => {
    const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
    const connections: AcceptedConnection[] = started.connections;
    const result = await sClient({ port: started.port, args: trust(), request: upgradeRequest(PKI_STATION_ID) });
    expect(result.code).to.not.equal(0);
    expect(result.output).to.match(/alert certificate required/);
    expect(result.output).not.to.contain('HTTP/1.1 101');
    expect((await tlsError).message).to.contain('did not return a certificate');
    expect(connections).to.have.length(0);
  });

  it('refuses s_client forced to TLS 1.1 (alert protocol version)', async () => {
    const tlsError = nextEvent<HarnessError>(started.server, 'tlsError');
    const station = pki.get('station');
    const result = await sClient({
      port: started.port,
      // OpenSSL 3 refuses TLS 1.1 at its default security level even before connecting.
      args: [...trust(), '-tls1_1', '-cipher', 'DEFAULT@SECLEVEL=0', '-cert', station.certFile, '-key', station.keyFile],
    });
    expect(result.code).to.not.equal(0);
    expect(result.output).to.match(/alert protocol version/);
    expect(result.output).to.match(/Cipher is \(NONE\)/);
    expect((await tlsError).message).to.match(/unsupported protocol/);
  });
});
