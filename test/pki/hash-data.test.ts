import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { isHarnessError } from '../../src/errors.js';
import { certificateHashData, type HashAlgorithm } from '../../src/pki/hash-data.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { opensslOk, tempDir } from './openssl.js';

/**
 * The OCSP CertID openssl builds for the same certificate (RFC 6960: the same three values
 * OCPP's CertificateHashDataType carries), read back from the DER request with asn1parse.
 */
function opensslCertId(dir: string, certFile: string, issuerFile: string, alg: HashAlgorithm): { nameHash: string; keyHash: string; serial: string } {
  const req = path.join(dir, `ocsp-${path.basename(certFile)}-${alg}.der`);
  opensslOk(['ocsp', '-issuer', issuerFile, `-${alg.toLowerCase()}`, '-cert', certFile, '-no_nonce', '-reqout', req]);
  const dump = opensslOk(['asn1parse', '-inform', 'DER', '-in', req]);
  const octets = [...dump.matchAll(/OCTET STRING\s+\[HEX DUMP\]:([0-9A-F]+)/g)].map((m) => m[1] ?? '');
  const serial = /INTEGER\s+:(-?[0-9A-F]+)/.exec(dump)?.[1] ?? '';
  expect(octets).to.have.length(2);
  return { nameHash: (octets[0] ?? '').toLowerCase(), keyHash: (octets[1] ?? '').toLowerCase(), serial };
}

describe('pki: certificateHashData', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-hash-');
  let pki: Pki;

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
  });
  after(() => tmp.remove());

  const pairs: [PkiRole, PkiRole][] = [
    ['station', 'cso-sub-ca'], // RSA issuer
    ['csms-server-ecdsa', 'csms-root'], // EC leaf, RSA issuer
    ['secc', 'cpo-sub-ca2'], // EC issuer
    ['contract', 'mo-sub-ca'],
    ['cpo-sub-ca1', 'v2g-root'],
    ['v2g-root', 'v2g-root'], // self-signed root
    ['csms-root', 'csms-root'],
  ];

  for (const alg of ['SHA256', 'SHA384', 'SHA512'] as const) {
    it(`matches openssl's OCSP CertID with ${alg}`, () => {
      for (const [role, issuer] of pairs) {
        const got = certificateHashData(pki.get(role).certPem, pki.get(issuer).certPem, alg);
        const want = opensslCertId(tmp.dir, pki.get(role).certFile, pki.get(issuer).certFile, alg);
        expect(got.hashAlgorithm).to.equal(alg);
        expect(got.issuerNameHash, `${role} name hash`).to.equal(want.nameHash);
        expect(got.issuerKeyHash, `${role} key hash`).to.equal(want.keyHash);
        expect(got.serialNumber, `${role} serial`).to.equal(want.serial.toLowerCase().replace(/^0+/, ''));
        expect(got.issuerNameHash).to.match(/^[0-9a-f]+$/).and.to.have.length({ SHA256: 64, SHA384: 96, SHA512: 128 }[alg]);
      }
    });
  }

  it('defaults to SHA256 and takes a self-signed certificate as its own issuer', () => {
    const root = pki.get('mo-root').certPem;
    expect(certificateHashData(root)).to.deep.equal(certificateHashData(root, root, 'SHA256'));
  });

  it('writes the serial number in lowercase hex without leading zeroes', () => {
    const csr = path.join(tmp.dir, 'lz.csr');
    opensslOk(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', path.join(tmp.dir, 'lz.key'), '-subj', '/CN=lz', '-out', csr]);
    const root = pki.get('csms-root');
    for (const [set, expected] of [['0x0a0b', 'a0b'], ['0x80ff', '80ff'], ['0x000001', '1']] as const) {
      const out = path.join(tmp.dir, `lz-${set}.pem`);
      opensslOk(['x509', '-req', '-in', csr, '-CA', root.certFile, '-CAkey', root.keyFile, '-set_serial', set, '-days', '1', '-out', out]);
      const data = certificateHashData(readFileSync(out, 'utf8'), root.certPem);
      expect(data.serialNumber, set).to.equal(expected);
      expect(data.issuerNameHash).to.equal(opensslCertId(tmp.dir, out, root.certFile, 'SHA256').nameHash);
    }
  });

  it('refuses an issuer that did not issue the certificate, and garbage, with OCPPH_ERR_PKI', () => {
    const bad = [
      () => certificateHashData(pki.get('station').certPem, pki.get('csms-root').certPem),
      () => certificateHashData(pki.get('station').certPem),
      () => certificateHashData('not a certificate', pki.get('csms-root').certPem),
      () => certificateHashData(pki.get('station').certPem, pki.get('cso-sub-ca').certPem, 'MD5' as HashAlgorithm),
    ];
    for (const fn of bad) {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(isHarnessError(err, 'OCPPH_ERR_PKI'), String(err)).to.equal(true);
    }
  });
});
