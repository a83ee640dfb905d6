/**
 * The OCSP responder against an independent client: Debian's `openssl ocsp` asks it over HTTP on
 * loopback (port 0) and must read good, revoked and unknown answers, with a verified signature.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { createCsr, signCsr } from '../../src/pki/csr.js';
import { certificateHashData } from '../../src/pki/hash-data.js';
import { fetchOcsp, ocspRequestFor, readOcspResponse } from '../../src/pki/ocsp/client.js';
import { OcspResponder } from '../../src/pki/ocsp/responder.js';
import { startOcspServer, type OcspServer } from '../../src/pki/ocsp/server.js';
import type { PkiRole } from '../../src/pki/roles.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { OPENSSL, openssl, tempDir } from './openssl.js';

/** openssl run asynchronously: the responder answers from this same process, so a spawnSync would deadlock it. */
function opensslAsync(args: string[]): Promise<{ status: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(OPENSSL, args, { timeout: 20_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out: stdout, err: stderr });
    });
  });
}

describe('pki: OCSP responder (openssl ocsp as the client)', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-ocsp-');
  let pki: Pki;
  let responder: OcspResponder;
  let server: OcspServer;
  let strangerPem: string;

  const file = (name: string, pem: string): string => {
    const f = path.join(tmp.dir, name);
    writeFileSync(f, pem);
    return f;
  };
  /** The openssl ocsp run for `certPem` issued by `issuer`; trusted: the roots and CAs of the PKI. */
  const ask = (certPem: string, issuer: PkiRole, extra: string[] = []): Promise<{ status: number | null; out: string; err: string }> => {
    const trusted = file('trusted.pem', (['v2g-root', 'cpo-sub-ca1', 'cpo-sub-ca2', 'mo-root', 'mo-sub-ca', 'csms-root', 'cso-sub-ca'] as const).map((r) => pki.get(r).certPem).join(''));
    return opensslAsync(['ocsp', ...extra, '-issuer', file(`${issuer}.pem`, pki.get(issuer).certPem), '-cert', file('asked.pem', certPem), '-url', server.url, '-CAfile', trusted]);
  };

  before(async () => {
    pki = await ensurePki(path.join(tmp.dir, 'certs'));
    responder = new OcspResponder(pki);
    responder.revoke(pki.get('contract').certPem);
    // Issued by the MO sub-CA, but never registered with the responder: unknown.
    const csr = await createCsr({ commonName: 'NLTSTC00000099', keyType: 'ec' });
    strangerPem = signCsr(csr.csrPem, { certPem: pki.get('mo-sub-ca').certPem, keyPem: pki.get('mo-sub-ca').keyPem });
    server = await startOcspServer(responder);
  });
  after(async () => {
    await server?.close();
    tmp.remove();
  });

  it('listens on loopback at a free port', () => {
    expect(server.url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.to.match(/:0\/$/);
  });

  it('answers good for the SECC certificate (V2G chain), signature verified by openssl', async () => {
    const r = await ask(pki.get('secc').certPem, 'cpo-sub-ca2');
    expect(r.status, r.err).to.equal(0);
    expect(r.out).to.match(/asked\.pem: good/);
    expect(r.err).to.match(/Response verify OK/);
    expect(r.err).not.to.match(/nonce/i); // the nonce openssl sent is echoed
  });

  it('answers good for a sub-CA and the station certificate (RSA CA), with SHA-256 CertIDs too', async () => {
    const sub = await ask(pki.get('cpo-sub-ca2').certPem, 'cpo-sub-ca1', ['-sha256']);
    expect(sub.out, sub.err).to.match(/asked\.pem: good/);
    expect(sub.err).to.match(/Response verify OK/);
    const station = await ask(pki.get('station').certPem, 'cso-sub-ca');
    expect(station.out, station.err).to.match(/asked\.pem: good/);
    expect(station.err).to.match(/Response verify OK/);
  });

  it('answers revoked for the revoked contract certificate (MO chain)', async () => {
    const r = await ask(pki.get('contract').certPem, 'mo-sub-ca');
    expect(r.out, r.err).to.match(/asked\.pem: revoked/);
    expect(r.out).to.match(/Revocation Time:/);
    expect(r.err).to.match(/Response verify OK/);
  });

  it('answers unknown for a certificate of a served CA it never saw', async () => {
    const r = await ask(strangerPem, 'mo-sub-ca');
    expect(r.out, r.err).to.match(/asked\.pem: unknown/);
    expect(r.err).to.match(/Response verify OK/);
  });

  it('answers unknown for an issuer it does not serve', async () => {
    const r = await ask(pki.get('self-signed-station').certPem, 'self-signed-station', ['-noverify']);
    expect(r.out, r.err).to.match(/asked\.pem: unknown/);
  });

  it('a revocation taken back is good again, and what was asked is recorded', async () => {
    responder.reinstate(pki.get('contract').certPem);
    try {
      expect((await ask(pki.get('contract').certPem, 'mo-sub-ca')).out).to.match(/asked\.pem: good/);
    } finally {
      responder.revoke(pki.get('contract').certPem);
    }
    expect(responder.answers.map((a) => a.status)).to.include.members(['good', 'revoked', 'unknown']);
  });

  it('the harness client builds the request from OCPP hash data and reads the answers (SHA256/384/512)', async () => {
    for (const alg of ['SHA256', 'SHA384', 'SHA512'] as const) {
      const secc = certificateHashData(pki.get('secc').certPem, pki.get('cpo-sub-ca2').certPem, alg);
      const good = readOcspResponse(await fetchOcsp(server.url, ocspRequestFor(secc)));
      expect(good.responseStatus).to.equal('successful');
      expect(good.certificates.map((c) => [c.serialNumber, c.status])).to.deep.equal([[secc.serialNumber, 'good']]);
      const contract = certificateHashData(pki.get('contract').certPem, pki.get('mo-sub-ca').certPem, alg);
      expect(readOcspResponse(await fetchOcsp(server.url, ocspRequestFor(contract))).certificates[0]?.status).to.equal('revoked');
    }
    // openssl reads the response the harness client got back.
    const der = await fetchOcsp(server.url, ocspRequestFor(certificateHashData(strangerPem, pki.get('mo-sub-ca').certPem)));
    const text = openssl(['ocsp', '-respin', file('resp.der', ''), '-noverify', '-resp_text'], {});
    expect(text.status).not.to.equal(0); // an empty file is no response: the check below is not vacuous
    writeFileSync(path.join(tmp.dir, 'resp.der'), der);
    const shown = openssl(['ocsp', '-respin', path.join(tmp.dir, 'resp.der'), '-noverify', '-resp_text']);
    expect(shown.stdout, shown.stderr).to.match(/Cert Status: unknown/);
  });

  it('a request that is not OCSP gets malformedRequest, and the responder keeps serving', async () => {
    const res = await fetch(server.url, { method: 'POST', body: Buffer.from('not der at all') });
    expect(readOcspResponse(Buffer.from(await res.arrayBuffer())).responseStatus).to.equal('malformedRequest');
    expect((await ask(pki.get('secc').certPem, 'cpo-sub-ca2')).out).to.match(/good/);
  });

  it('answers a GET request (base64 in the path) like a POST', async () => {
    const req = ocspRequestFor(certificateHashData(pki.get('secc').certPem, pki.get('cpo-sub-ca2').certPem));
    const res = await fetch(`${server.url}${encodeURIComponent(req.toString('base64'))}`);
    expect(readOcspResponse(Buffer.from(await res.arrayBuffer())).certificates[0]?.status).to.equal('good');
  });
});
