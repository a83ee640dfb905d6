/**
 * issueServerCertificate (TC_M_30_CS): a CSMS server certificate under the test PKI's cso-sub-ca, with the host
 * names of csms-server-rsa. Over real TLS on loopback: a client trusting the old root (csms-root) verifies it; one
 * trusting only the sub-CA verifies it with allowPartialTrustChain (the reference station's new-root case), not without.
 */
import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { connect, createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { issueServerCertificate } from '../../src/pki/server-cert.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';

describe('issueServerCertificate: a CSMS certificate under another CA of the test PKI', function () {
  this.timeout(20_000);
  let pki: Pki;
  let server: Server;
  let port: number;

  before(async () => {
    pki = await ensurePki(REFERENCE_CERTS_DIR);
    const issued = await issueServerCertificate(pki, 'cso-sub-ca');
    server = createServer({ cert: issued.chainPem, key: issued.keyPem }, (s) => s.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => { server?.close(); });

  const handshake = (ca: string, allowPartialTrustChain: boolean): Promise<string | undefined> => new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, ca, servername: 'localhost', checkServerIdentity: () => undefined, ...(allowPartialTrustChain ? { allowPartialTrustChain } : {}) });
    socket.once('secureConnect', () => { socket.end(); resolve(undefined); });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });

  it('is issued by the sub-CA, for the CSMS host names, and presented with the sub-CA after it', async () => {
    const issued = await issueServerCertificate(pki, 'cso-sub-ca');
    const [leafPem, ...rest] = issued.chainPem.split(/(?<=-----END CERTIFICATE-----\n?)/).filter((p) => p.trim());
    const leaf = new X509Certificate(leafPem!);
    const subCa = new X509Certificate(pki.get('cso-sub-ca').certPem);
    expect(leaf.checkIssued(subCa) && leaf.verify(subCa.publicKey)).to.equal(true);
    expect(leaf.subject).to.equal(new X509Certificate(pki.get('csms-server-rsa').certPem).subject);
    expect(leaf.checkIP('127.0.0.1')).to.equal('127.0.0.1');
    expect(leaf.checkHost(pki.params.csmsHost)).to.equal(pki.params.csmsHost);
    expect(rest.map((p) => new X509Certificate(p).fingerprint256)).to.deep.equal([subCa.fingerprint256]);
  });

  it('verifies against the old root, and against the sub-CA alone only as a partial trust chain', async () => {
    expect(await handshake(pki.get('csms-root').certPem, false)).to.equal(undefined);
    expect(await handshake(pki.get('cso-sub-ca').certPem, true)).to.equal(undefined);
    expect(await handshake(pki.get('cso-sub-ca').certPem, false)).to.be.a('string');
    expect(await handshake(pki.get('unknown-ca').certPem, true)).to.be.a('string');
  });
});
