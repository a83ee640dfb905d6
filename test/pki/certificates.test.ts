import { createPrivateKey, X509Certificate } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { expect } from 'chai';
import { PKI_ROLES, type PkiRole } from '../../src/pki/roles.js';
import { initPki, loadPki, type Pki } from '../../src/pki/store.js';
import { openssl, tempDir } from './openssl.js';

const NEGATIVE: PkiRole[] = ['expired-server', 'not-yet-valid-server', 'unknown-ca-server', 'wrong-host-server', 'weak-rsa-server', 'self-signed-station'];
const CAS: PkiRole[] = ['csms-root', 'cso-sub-ca', 'unknown-ca', 'v2g-root', 'cpo-sub-ca1', 'cpo-sub-ca2', 'mo-root', 'mo-sub-ca', 'oem-root', 'oem-sub-ca', 'manufacturer-root'];
const GOOD_SERVERS: PkiRole[] = ['csms-server-rsa', 'csms-server-ecdsa'];

/** X509Certificate prints a name one attribute a line, most significant first. */
const rfc4514 = (nodeName: string): string => nodeName.split('\n').reverse().join(',');

describe('pki: generated certificates', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-certs-');
  let pki: Pki;
  const x509 = new Map<PkiRole, X509Certificate>();

  /** openssl verify against the role's own root, with its intermediates as untrusted. */
  function verify(role: PkiRole, extra: string[] = [], anchor?: PkiRole): { status: number | null; out: string } {
    const leaf = path.join(tmp.dir, `${role}.leaf.pem`);
    const chain = path.join(tmp.dir, `${role}.untrusted.pem`);
    const root = path.join(tmp.dir, `${role}.root.pem`);
    const pems = pki.chainPem(role);
    const [first, ...rest] = pems.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n/g) ?? [];
    writeFileSync(leaf, first ?? '');
    writeFileSync(chain, rest.join('') || (first ?? ''));
    writeFileSync(root, anchor ? pki.get(anchor).certPem : pki.rootPem(role));
    const r = openssl(['verify', '-x509_strict', '-CAfile', root, '-untrusted', chain, ...extra, leaf]);
    return { status: r.status, out: r.stdout + r.stderr };
  }

  before(async () => {
    await initPki({ outDir: tmp.dir });
    pki = loadPki(tmp.dir);
    for (const role of PKI_ROLES) x509.set(role, new X509Certificate(pki.get(role).certPem));
  });
  after(() => tmp.remove());

  const cert = (role: PkiRole): X509Certificate => x509.get(role) as X509Certificate;

  it('writes every role, readable by Node and by openssl, matching its manifest entry', () => {
    for (const role of PKI_ROLES) {
      const m = pki.get(role);
      const c = cert(role);
      expect(rfc4514(c.subject), role).to.equal(m.entry.subject);
      expect(rfc4514(c.issuer), role).to.equal(m.entry.issuer);
      expect(c.serialNumber.toLowerCase().replace(/^0+/, ''), role).to.equal(m.entry.serialNumber);
      expect(new Date(c.validFrom).toISOString().replace('.000', ''), role).to.equal(m.entry.notBefore);
      expect(new Date(c.validTo).toISOString().replace('.000', ''), role).to.equal(m.entry.notAfter);
      const text = openssl(['x509', '-noout', '-text', '-in', m.certFile]);
      expect(text.status, `${role}: ${text.stderr}`).to.equal(0);
      expect(text.stdout).to.contain('Version: 3 (0x2)');
      expect(openssl(['pkey', '-noout', '-in', m.keyFile]).status, role).to.equal(0);
    }
  });

  it('writes private keys with mode 0600, each matching its certificate', () => {
    for (const role of PKI_ROLES) {
      const m = pki.get(role);
      expect(statSync(m.keyFile).mode & 0o777, role).to.equal(0o600);
      expect(cert(role).checkPrivateKey(createPrivateKey(m.keyPem)), role).to.equal(true);
    }
  });

  it('uses the key types and sizes the manifest states (RSA >= 2048 except the weak one, P-256 for ECDSA)', () => {
    for (const role of PKI_ROLES) {
      const { entry } = pki.get(role);
      const details = cert(role).publicKey.asymmetricKeyDetails;
      if (entry.keyType === 'rsa') {
        expect(cert(role).publicKey.asymmetricKeyType, role).to.equal('rsa');
        expect(details?.modulusLength, role).to.equal(entry.keyBits);
        expect(entry.keyBits, role).to.equal(role === 'weak-rsa-server' ? 1024 : 2048);
      } else {
        expect(details?.namedCurve, role).to.equal('prime256v1');
        expect(entry.curve, role).to.equal('P-256');
      }
    }
    expect(pki.get('csms-server-rsa').entry.keyType).to.equal('rsa');
    for (const role of ['csms-server-ecdsa', 'v2g-root', 'cpo-sub-ca1', 'cpo-sub-ca2', 'secc', 'mo-root', 'mo-sub-ca', 'contract', 'oem-root', 'oem-sub-ca', 'vehicle'] as const) {
      expect(pki.get(role).entry.keyType, role).to.equal('ec');
    }
  });

  it('marks CA certificates as CAs and nothing else', () => {
    for (const role of PKI_ROLES) expect(cert(role).ca, role).to.equal(CAS.includes(role));
    const text = openssl(['x509', '-noout', '-ext', 'basicConstraints,keyUsage', '-in', pki.get('cso-sub-ca').certFile]).stdout;
    expect(text).to.match(/CA:TRUE, pathlen:0/);
    expect(text).to.match(/Certificate Sign, CRL Sign/);
  });

  it('gives the CSMS server certificates CN = host and subjectAltName host, 127.0.0.1, ::1', () => {
    for (const role of GOOD_SERVERS) {
      const c = cert(role);
      expect(c.subject, role).to.equal('O=Test CSO\nCN=localhost');
      expect(c.subjectAltName, role).to.equal('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
      expect(c.checkHost('localhost'), role).to.equal('localhost');
      expect(c.checkIP('127.0.0.1'), role).to.equal('127.0.0.1');
      expect(c.checkIP('::1'), role).to.equal('::1');
      expect(openssl(['x509', '-noout', '-ext', 'extendedKeyUsage', '-in', pki.get(role).certFile]).stdout, 'no EKU (A00.FR.514)').to.equal('');
    }
  });

  it('gives the station certificate O = CSO org and CN = station id, chained station -> cso-sub-ca -> csms-root', () => {
    expect(cert('station').subject).to.equal('O=Test CSO\nCN=CS001');
    expect(cert('station').subjectAltName).to.equal(undefined);
    expect(pki.get('station').entry.issuerRole).to.equal('cso-sub-ca');
    expect(pki.get('cso-sub-ca').entry.issuerRole).to.equal('csms-root');
    expect(cert('station').checkIssued(cert('cso-sub-ca'))).to.equal(true);
    expect(cert('cso-sub-ca').checkIssued(cert('csms-root'))).to.equal(true);
    expect(pki.chainPem('station')).to.equal(pki.get('station').certPem + pki.get('cso-sub-ca').certPem);
    expect(pki.rootPem('station')).to.equal(pki.get('csms-root').certPem);
  });

  it('builds the ISO 15118 chains with the expected subjects', () => {
    expect(cert('secc').subject).to.equal('DC=CPO\nO=Test CSO\nCN=CS001');
    expect(pki.chainPem('secc')).to.equal([pki.get('secc'), pki.get('cpo-sub-ca2'), pki.get('cpo-sub-ca1')].map((m) => m.certPem).join(''));
    expect(pki.rootPem('secc')).to.equal(pki.get('v2g-root').certPem);
    expect(cert('contract').subject).to.match(/CN=NLTSTC00000001$/);
    expect(pki.rootPem('contract')).to.equal(pki.get('mo-root').certPem);
    expect(pki.rootPem('vehicle')).to.equal(pki.get('oem-root').certPem);
    expect(pki.rootPem('firmware-signing')).to.equal(pki.get('manufacturer-root').certPem);
    expect(openssl(['x509', '-noout', '-text', '-in', pki.get('secc').certFile]).stdout).to.contain('Signature Algorithm: ecdsa-with-SHA256');
  });

  it('every chain but the negative ones verifies with openssl (strict)', () => {
    for (const role of PKI_ROLES.filter((r) => !NEGATIVE.includes(r))) {
      const r = verify(role);
      expect(r.status, `${role}: ${r.out}`).to.equal(0);
    }
  });

  it('expired-server fails only for having expired', () => {
    const r = verify('expired-server');
    expect(r.status).to.not.equal(0);
    expect(r.out).to.contain('certificate has expired');
    expect(new Date(cert('expired-server').validTo).getTime()).to.be.below(Date.now());
    expect(verify('expired-server', ['-no_check_time']).status).to.equal(0);
  });

  it('not-yet-valid-server fails only for its future validity', () => {
    const r = verify('not-yet-valid-server');
    expect(r.out).to.contain('certificate is not yet valid');
    expect(new Date(cert('not-yet-valid-server').validFrom).getTime()).to.be.above(Date.now());
    expect(verify('not-yet-valid-server', ['-no_check_time']).status).to.equal(0);
  });

  it('unknown-ca-server does not chain to the CSMS root but does to its own unknown-ca', () => {
    const r = verify('unknown-ca-server', [], 'csms-root');
    expect(r.out).to.contain('unable to get local issuer certificate');
    expect(verify('unknown-ca-server').status).to.equal(0);
    expect(pki.get('unknown-ca-server').entry.issuerRole).to.equal('unknown-ca');
    expect(cert('unknown-ca-server').checkHost('localhost')).to.equal('localhost');
  });

  it('wrong-host-server chains to the CSMS root but names another host', () => {
    expect(verify('wrong-host-server').status).to.equal(0);
    const c = cert('wrong-host-server');
    expect(c.checkHost('localhost')).to.equal(undefined);
    expect(c.checkIP('127.0.0.1')).to.equal(undefined);
    expect(c.checkIP('::1')).to.equal(undefined);
    expect(verify('wrong-host-server', ['-verify_hostname', 'localhost']).out).to.contain('hostname mismatch');
  });

  it('weak-rsa-server has a 1024-bit key and fails at security level 2', () => {
    expect(verify('weak-rsa-server').status).to.equal(0);
    const r = verify('weak-rsa-server', ['-auth_level', '2']);
    expect(r.out).to.contain('EE certificate key too weak');
    expect(cert('weak-rsa-server').checkHost('localhost')).to.equal('localhost');
  });

  it('self-signed-station carries the station subject but no CA issued it', () => {
    expect(cert('self-signed-station').subject).to.equal(cert('station').subject);
    expect(cert('self-signed-station').issuer).to.equal(cert('self-signed-station').subject);
    expect(cert('self-signed-station').verify(cert('self-signed-station').publicKey)).to.equal(true);
    const r = verify('self-signed-station', [], 'csms-root');
    expect(r.out).to.contain('self-signed certificate');
  });

  describe('in a TLS handshake', () => {
    /** ok: the client connected and, when it sent a certificate, the server accepted it. */
    interface Outcome { ok: boolean; code?: string }

    async function handshake(server: PkiRole, opts: { client?: PkiRole; maxVersion?: tls.SecureVersion; ciphers?: string; host?: string } = {}): Promise<Outcome> {
      const s = pki.get(server);
      let sawClient = false;
      const srv = tls.createServer({
        cert: pki.chainPem(server), key: s.keyPem, maxVersion: opts.maxVersion, ciphers: opts.ciphers,
        requestCert: opts.client !== undefined, rejectUnauthorized: opts.client !== undefined, ca: pki.get('csms-root').certPem,
      }, (sock) => {
        sawClient = sock.authorized;
        sock.end();
      });
      srv.on('tlsClientError', () => undefined);
      await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
      const { port } = srv.address() as AddressInfo;
      const client = opts.client ? pki.get(opts.client) : undefined;
      try {
        return await new Promise<Outcome>((resolve) => {
          const sock = tls.connect({
            host: '127.0.0.1', port, servername: opts.host ?? 'localhost', ca: pki.get('csms-root').certPem,
            maxVersion: opts.maxVersion, ciphers: opts.ciphers,
            ...(client && opts.client ? { cert: pki.chainPem(opts.client), key: client.keyPem } : {}),
          });
          let failure: string | undefined;
          sock.on('secureConnect', () => sock.resume());
          sock.on('error', (err: NodeJS.ErrnoException) => { failure ??= err.code ?? err.message; });
          // under TLS 1.3 the server judges the client certificate after the client's secureConnect
          sock.on('close', () => resolve(failure ? { ok: false, code: failure } : { ok: opts.client === undefined || sawClient }));
        });
      } finally {
        await new Promise((resolve) => srv.close(resolve));
      }
    }

    it('serves both CSMS certificates with the OCPP cipher suites (A00.FR.421)', async () => {
      expect(await handshake('csms-server-rsa', { maxVersion: 'TLSv1.2', ciphers: 'AES128-GCM-SHA256' })).to.include({ ok: true });
      expect(await handshake('csms-server-ecdsa', { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-ECDSA-AES256-GCM-SHA384' })).to.include({ ok: true });
      expect(await handshake('csms-server-ecdsa')).to.include({ ok: true });
    });

    it('authenticates the station by its client certificate chain (security profile 3)', async () => {
      expect(await handshake('csms-server-rsa', { client: 'station' })).to.deep.equal({ ok: true });
      expect(await handshake('csms-server-ecdsa', { client: 'station', maxVersion: 'TLSv1.2' })).to.deep.equal({ ok: true });
      const rejected = await handshake('csms-server-rsa', { client: 'self-signed-station' });
      expect(rejected.ok, JSON.stringify(rejected)).to.equal(false);
    });

    it('makes a verifying client reject each bad server certificate for its own reason', async () => {
      expect(await handshake('expired-server')).to.deep.equal({ ok: false, code: 'CERT_HAS_EXPIRED' });
      expect(await handshake('not-yet-valid-server')).to.deep.equal({ ok: false, code: 'CERT_NOT_YET_VALID' });
      expect(await handshake('unknown-ca-server')).to.deep.equal({ ok: false, code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' });
      expect(await handshake('wrong-host-server')).to.deep.equal({ ok: false, code: 'ERR_TLS_CERT_ALTNAME_INVALID' });
    });
  });
});
