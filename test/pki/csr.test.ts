import { createPrivateKey, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { isHarnessError, type HarnessErrorCode } from '../../src/errors.js';
import { createCsr, inspectCsr, signCsr } from '../../src/pki/csr.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { openssl, opensslOk, tempDir } from './openssl.js';

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

function expectCode(fn: () => unknown, code: HarnessErrorCode, fragment?: string): Error {
  const err = caught(fn);
  expect(isHarnessError(err, code), String(err)).to.equal(true);
  if (fragment) expect((err as Error).message).to.contain(fragment);
  return err as Error;
}

describe('pki: CSRs (createCsr, inspectCsr, signCsr)', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-csr-');
  let pki: Pki;
  let n = 0;

  /** A CSR made by `openssl req`, with its key file. */
  function opensslCsr(subject: string, newkey: string[], extra: string[] = []): { csrPem: string; keyFile: string } {
    const base = path.join(tmp.dir, `req${n++}`);
    opensslOk(['req', '-new', ...newkey, '-nodes', '-keyout', `${base}.key`, '-subj', subject, '-out', `${base}.csr`, ...extra]);
    return { csrPem: readFileSync(`${base}.csr`, 'utf8'), keyFile: `${base}.key` };
  }

  /** openssl verify of a certificate against a root and intermediates. */
  function verifyChain(certPem: string, rootPem: string, intermediatesPem: string): { status: number | null; out: string } {
    const base = path.join(tmp.dir, `verify${n++}`);
    writeFileSync(`${base}.cert`, certPem);
    writeFileSync(`${base}.root`, rootPem);
    writeFileSync(`${base}.untrusted`, intermediatesPem);
    const r = openssl(['verify', '-x509_strict', '-CAfile', `${base}.root`, '-untrusted', `${base}.untrusted`, `${base}.cert`]);
    return { status: r.status, out: r.stdout + r.stderr };
  }

  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256'];
  const rsa = ['-newkey', 'rsa:2048'];

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
  });
  after(() => tmp.remove());

  for (const [label, newkey, usage] of [['RSA 2048', rsa, 'Key Encipherment'], ['ECDSA P-256', ec, 'Key Agreement']] as const) {
    it(`signs an openssl-made ${label} CSR into a certificate that verifies against station chain`, () => {
      const { csrPem, keyFile } = opensslCsr('/O=Test CSO/CN=CS001', [...newkey]);
      const sub = pki.get('cso-sub-ca');
      const pem = signCsr(csrPem, sub, { expectCommonName: 'CS001', expectOrganization: 'Test CSO' });
      const r = verifyChain(pem, pki.get('csms-root').certPem, sub.certPem);
      expect(r.status, r.out).to.equal(0);
      const cert = new X509Certificate(pem);
      expect(cert.subject).to.equal('O=Test CSO\nCN=CS001');
      expect(cert.issuer).to.equal(new X509Certificate(sub.certPem).subject);
      expect(cert.checkPrivateKey(createPrivateKey(readFileSync(keyFile, 'utf8')))).to.equal(true);
      expect(cert.ca).to.equal(false);
      const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86_400_000;
      expect(days).to.be.closeTo(365, 0.01);
      expect(Date.parse(cert.validFrom)).to.be.below(Date.now());
      const text = opensslOk(['x509', '-noout', '-text'], { input: pem });
      expect(text).to.contain(usage).and.to.contain('CA:FALSE').and.to.contain('Authority Key Identifier');
    });
  }

  it('signs an ECDSA CSR with an ECDSA CA (ISO 15118 SECC renewal) and honours validityDays', () => {
    const { csrPem } = opensslCsr('/DC=CPO/O=Test CSO/CN=CS001', ec);
    const pem = signCsr(csrPem, pki.get('cpo-sub-ca2'), { validityDays: 30 });
    const r = verifyChain(pem, pki.get('v2g-root').certPem, pki.get('cpo-sub-ca2').certPem + pki.get('cpo-sub-ca1').certPem);
    expect(r.status, r.out).to.equal(0);
    expect(opensslOk(['x509', '-noout', '-text'], { input: pem })).to.contain('Signature Algorithm: ecdsa-with-SHA256');
    const cert = new X509Certificate(pem);
    expect((Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / 86_400_000).to.be.closeTo(30, 0.01);
  });

  for (const keyType of ['rsa', 'ec'] as const) {
    it(`createCsr (${keyType}) makes a CSR openssl verifies, which signs into a working certificate`, async () => {
      const { csrPem, keyPem } = await createCsr({ commonName: 'CS001', organization: 'Test CSO', keyType });
      const r = openssl(['req', '-verify', '-noout', '-subject', '-nameopt', 'RFC2253'], { input: csrPem });
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout + r.stderr).to.contain('subject=CN=CS001,O=Test CSO').and.to.contain('self-signature verify OK');
      expect(createPrivateKey(keyPem).asymmetricKeyType).to.equal(keyType);
      const info = inspectCsr(csrPem);
      expect(info).to.include({ subject: 'CN=CS001,O=Test CSO', commonName: 'CS001', organization: 'Test CSO' });
      expect(info.key).to.deep.equal(keyType === 'rsa' ? { keyType: 'rsa', keyBits: 2048 } : { keyType: 'ec', curve: 'P-256' });
      const pem = signCsr(csrPem, pki.get('cso-sub-ca'), { expectCommonName: 'CS001', expectOrganization: 'Test CSO' });
      expect(new X509Certificate(pem).checkPrivateKey(createPrivateKey(keyPem))).to.equal(true);
      const v = verifyChain(pem, pki.get('csms-root').certPem, pki.get('cso-sub-ca').certPem);
      expect(v.status, v.out).to.equal(0);
    });
  }

  it('rejects garbage with OCPPH_ERR_CSR', () => {
    const sub = pki.get('cso-sub-ca');
    expectCode(() => signCsr('', sub), 'OCPPH_ERR_CSR', 'PEM');
    expectCode(() => signCsr('hello world', sub), 'OCPPH_ERR_CSR', 'PEM');
    expectCode(() => signCsr(pki.get('station').certPem, sub), 'OCPPH_ERR_CSR', 'CERTIFICATE REQUEST');
    expectCode(() => signCsr('-----BEGIN CERTIFICATE REQUEST-----\nTm90IGEgQ1NSIGF0IGFsbA==\n-----END CERTIFICATE REQUEST-----\n', sub), 'OCPPH_ERR_CSR', 'well-formed');
    const { csrPem } = opensslCsr('/O=Test CSO/CN=CS001', ec);
    const der = Buffer.from(csrPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const truncated = `-----BEGIN CERTIFICATE REQUEST-----\n${der.subarray(0, der.length - 10).toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    expectCode(() => signCsr(truncated, sub), 'OCPPH_ERR_CSR', 'well-formed');
    expectCode(() => signCsr(42 as unknown as string, sub), 'OCPPH_ERR_CSR');
  });

  it('rejects a CSR whose self-signature does not verify', () => {
    const { csrPem } = opensslCsr('/O=Test CSO/CN=CS001', rsa);
    const der = Buffer.from(csrPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    der[der.length - 1] = (der[der.length - 1] as number) ^ 0x01;
    const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    const check = openssl(['req', '-verify', '-noout'], { input: tampered }); // openssl 3.0 exits 0 here, the text tells
    expect(check.stdout + check.stderr, 'openssl agrees').to.contain('verify failure');
    expectCode(() => signCsr(tampered, pki.get('cso-sub-ca')), 'OCPPH_ERR_CSR', 'self-signature does not verify');
  });

  it('rejects a CN or O other than the expected one, naming both', () => {
    const { csrPem } = opensslCsr('/O=Other CSO/CN=CS999', ec);
    const sub = pki.get('cso-sub-ca');
    const err = expectCode(() => signCsr(csrPem, sub, { expectCommonName: 'CS001' }), 'OCPPH_ERR_CSR', 'CS999');
    expect(err.message).to.contain('CS001');
    expect((err as { details?: unknown }).details).to.deep.equal({ field: 'CN', expected: 'CS001', actual: 'CS999' });
    expectCode(() => signCsr(csrPem, sub, { expectCommonName: 'CS999', expectOrganization: 'Test CSO' }), 'OCPPH_ERR_CSR', 'Other CSO');
    const { csrPem: noO } = opensslCsr('/CN=CS001', ec);
    expectCode(() => signCsr(noO, sub, { expectOrganization: 'Test CSO' }), 'OCPPH_ERR_CSR', 'null');
  });

  it('refuses an RSA key below 2048 bits and a SHA-1 signature unless asked', () => {
    const sub = pki.get('cso-sub-ca');
    const { csrPem: weak } = opensslCsr('/O=Test CSO/CN=CS001', ['-newkey', 'rsa:1024']);
    expectCode(() => signCsr(weak, sub), 'OCPPH_ERR_CSR', '1024');
    const pem = signCsr(weak, sub, { allowWeakKey: true });
    expect(new X509Certificate(pem).publicKey.asymmetricKeyDetails?.modulusLength).to.equal(1024);
    const { csrPem: sha1 } = opensslCsr('/O=Test CSO/CN=CS001', rsa, ['-sha1']);
    expectCode(() => signCsr(sha1, sub), 'OCPPH_ERR_CSR', '1.2.840.113549.1.1.5');
  });

  it('refuses an issuer whose key does not match its certificate, with OCPPH_ERR_PKI', () => {
    const { csrPem } = opensslCsr('/O=Test CSO/CN=CS001', ec);
    const mixed = { certPem: pki.get('cso-sub-ca').certPem, keyPem: pki.get('csms-root').keyPem };
    expectCode(() => signCsr(csrPem, mixed), 'OCPPH_ERR_PKI', 'does not belong');
  });
});
