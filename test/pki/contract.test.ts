/**
 * The per-run ISO 15118 contract certificate (src/pki/contract.ts): issued by the MO Sub-CA to the eMAID, naming the
 * OCSP responder in authorityInfoAccess, and read back by openssl (an independent parser) as such.
 */
import { X509Certificate } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { issueContractCertificate } from '../../src/pki/contract.js';
import { certificateHashData } from '../../src/pki/hash-data.js';
import { exiFixture, isBase64 } from '../../src/pki/iso15118-exi.js';
import { ocspRequestFor, readOcspResponse } from '../../src/pki/ocsp/client.js';
import { OcspResponder } from '../../src/pki/ocsp/responder.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { openssl, tempDir } from './openssl.js';

describe('pki: ISO 15118 contract certificate for a run', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-contract-');
  let pki: Pki;

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
  });
  after(() => tmp.remove());

  it('is issued by the MO Sub-CA to the given eMAID, with the OCSP responder URL in authorityInfoAccess', async () => {
    const url = 'http://127.0.0.1:4711/';
    const c = await issueContractCertificate(pki, url, 'NLTSTC12345678');
    const x = new X509Certificate(c.certPem);
    expect(x.verify(new X509Certificate(pki.get('mo-sub-ca').certPem).publicKey)).to.equal(true);
    expect(x.subject).to.include('CN=NLTSTC12345678');
    expect(x.infoAccess).to.include(`OCSP - URI:${url}`);
    expect(c.chainPem).to.equal(c.certPem + pki.get('mo-sub-ca').certPem);
    const f = path.join(tmp.dir, 'contract.pem');
    writeFileSync(f, c.certPem);
    expect(openssl(['x509', '-in', f, '-noout', '-ocsp_uri']).stdout.trim()).to.equal(url);
  });

  it('keeps the PKI contract CN without an eMAID, and the PKI\'s OCSP responder answers for it once registered', async () => {
    const c = await issueContractCertificate(pki, 'http://127.0.0.1:9/');
    expect(new X509Certificate(c.certPem).subject).to.include(`CN=${pki.params.emaid}`);
    const responder = new OcspResponder(pki);
    const ask = () => readOcspResponse(responder.answer(ocspRequestFor(certificateHashData(c.certPem, c.issuerPem)))).certificates[0]?.status;
    expect(ask()).to.equal('unknown');
    responder.register(c.certPem);
    expect(ask()).to.equal('good');
  });

  it('the EXI fixtures read as base64; isBase64 refuses what is not', () => {
    for (const name of ['certificate-installation-req', 'certificate-update-req', 'certificate-installation-res'] as const) {
      const b64 = exiFixture(name);
      expect(isBase64(b64), name).to.equal(true);
      expect(Buffer.from(b64, 'base64')[0], `${name}: EXI header byte`).to.equal(0x80);
    }
    for (const bad of ['', 'abc', 'ab-_', 'YQ', 'YQ==\n', 42]) expect(isBase64(bad), String(bad)).to.equal(false);
  });
});
