import { randomBytes, X509Certificate } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { badFirmwareSignature, signFirmware, verifyFirmware } from '../../src/pki/firmware.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { openssl, opensslOk, tempDir } from './openssl.js';

const PSS = ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:-1'];

describe('pki: firmware signatures', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-fw-');
  const image = randomBytes(256 * 1024);
  let imageFile: string;
  let pki: Pki;
  let n = 0;

  /** openssl dgst -verify with the certificate's public key. */
  function opensslVerifies(signatureB64: string, role: PkiRole, sigopts: string[] = []): boolean {
    const pub = path.join(tmp.dir, `pub${n}.pem`);
    const sig = path.join(tmp.dir, `sig${n++}.bin`);
    writeFileSync(pub, new X509Certificate(pki.get(role).certPem).publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(sig, Buffer.from(signatureB64, 'base64'));
    const r = openssl(['dgst', '-sha256', ...sigopts, '-verify', pub, '-signature', sig, imageFile]);
    return r.status === 0 && r.stdout.includes('Verified OK');
  }

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
    imageFile = path.join(tmp.dir, 'firmware.bin');
    writeFileSync(imageFile, image);
  });
  after(() => tmp.remove());

  it('signs with RSA-PSS by default (L01.FR.04); the signature verifies here and with openssl', () => {
    const signer = pki.get('firmware-signing');
    const sig = signFirmware(image, signer);
    expect(sig).to.match(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(verifyFirmware(image, sig, signer.certPem)).to.equal(true);
    expect(verifyFirmware(image, sig, signer.certPem, { rsaSchemes: ['pss'] })).to.equal(true);
    expect(opensslVerifies(sig, 'firmware-signing', PSS)).to.equal(true);
    expect(opensslVerifies(sig, 'firmware-signing'), 'not PKCS#1 v1.5').to.equal(false);
  });

  it('signs with RSA PKCS#1 v1.5 when asked', () => {
    const signer = pki.get('firmware-signing');
    const sig = signFirmware(image, signer, { rsaScheme: 'pkcs1' });
    expect(verifyFirmware(image, sig, signer.certPem)).to.equal(true);
    expect(verifyFirmware(image, sig, signer.certPem, { rsaSchemes: ['pss'] })).to.equal(false);
    expect(opensslVerifies(sig, 'firmware-signing')).to.equal(true);
  });

  it('signs with ECDSA when the key is EC', () => {
    const signer = pki.get('secc');
    const sig = signFirmware(image, signer);
    expect(verifyFirmware(image, sig, signer.certPem)).to.equal(true);
    expect(opensslVerifies(sig, 'secc')).to.equal(true);
  });

  it('verifies signatures openssl made', () => {
    const signer = pki.get('firmware-signing');
    for (const sigopts of [[], PSS]) {
      const sig = path.join(tmp.dir, `openssl${n++}.sig`);
      opensslOk(['dgst', '-sha256', ...sigopts, '-sign', signer.keyFile, '-out', sig, imageFile]);
      expect(verifyFirmware(image, readFileSync(sig).toString('base64'), signer.certPem), sigopts.join(' ')).to.equal(true);
    }
  });

  it('produces a deliberately bad signature that is well-formed but does not verify', () => {
    for (const role of ['firmware-signing', 'secc'] as const) {
      const signer = pki.get(role);
      const bad = badFirmwareSignature(image, signer);
      expect(Buffer.from(bad, 'base64').length).to.be.above(60);
      expect(verifyFirmware(image, bad, signer.certPem), role).to.equal(false);
      expect(opensslVerifies(bad, role, role === 'secc' ? [] : PSS), role).to.equal(false);
    }
  });

  it('rejects a changed image, the wrong certificate and garbage', () => {
    const signer = pki.get('firmware-signing');
    const sig = signFirmware(image, signer);
    const changed = Buffer.from(image);
    changed[1000] = (changed[1000] as number) ^ 0xff;
    expect(verifyFirmware(changed, sig, signer.certPem)).to.equal(false);
    expect(verifyFirmware(image, sig, pki.get('manufacturer-root').certPem)).to.equal(false);
    expect(verifyFirmware(image, sig, pki.get('secc').certPem)).to.equal(false);
    expect(verifyFirmware(image, '', signer.certPem)).to.equal(false);
    expect(verifyFirmware(image, 'not base64 at all!', signer.certPem)).to.equal(false);
    expect(verifyFirmware(image, 'AAAA', signer.certPem)).to.equal(false);
  });
});
