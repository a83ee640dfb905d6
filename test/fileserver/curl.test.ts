/**
 * The file server against an independent client: Debian's curl uploads and downloads over FTP and
 * downloads over HTTPS, verifying the test PKI's CSMS server certificate.
 * The bytes on both ends and the server's record of each transfer must agree.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startFileServer, type RunningFileServer } from '../../src/fileserver/server.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';

function curl(args: string[]): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile('curl', ['--silent', '--show-error', '--fail', '--max-time', '20', ...args], { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`curl ${args.join(' ')}: ${err.message}\n${stderr.toString()}`));
      else resolve({ stdout, stderr: stderr.toString() });
    });
  });
}

describe('file server with curl as the client (HTTP, HTTPS, FTP)', function () {
  this.timeout(60_000);
  let pki: Pki;
  let fs: RunningFileServer;
  let dir: string;

  before(async () => {
    pki = await ensurePki(REFERENCE_CERTS_DIR);
    dir = await mkdtemp(path.join(os.tmpdir(), 'ocpph-fileserver-'));
    fs = await startFileServer({
      host: '127.0.0.1', advertisedHost: '127.0.0.1', ports: { http: 0, https: 0, ftp: 0 },
      username: 'station', password: 'secret-ftp-pass',
      tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem },
    });
  });
  after(async () => {
    await fs?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('FTP: curl uploads a log, the server records its bytes, name and protocol, and curl downloads it back', async () => {
    const log = randomBytes(200_000);
    const local = path.join(dir, 'upload.bin');
    await writeFile(local, log);
    const arrived = fs.store.waitFor((t) => t.direction === 'upload' && t.name === 'diag-1.log', { timeoutMs: 20_000 });
    await curl(['--upload-file', local, fs.url('ftp', 'diag-1.log')]);
    const upload = await arrived;
    expect(upload, 'upload recorded').to.not.equal(undefined);
    expect(upload?.protocol).to.equal('ftp');
    expect(upload?.user).to.equal('station');
    expect(upload?.bytes.equals(log)).to.equal(true);
    const { stdout } = await curl([fs.url('ftp', 'diag-1.log')]);
    expect(stdout.equals(log), 'downloaded bytes').to.equal(true);
    expect(fs.store.summaries().some((t) => t.direction === 'download' && t.name === 'diag-1.log' && t.size === log.length && t.protocol === 'ftp')).to.equal(true);
  });

  it('FTP refuses a wrong password and records nothing', async () => {
    const before = fs.store.transfers().length;
    const url = fs.url('ftp', 'x.log').replace('secret-ftp-pass', 'wrong');
    const err = await curl(['--upload-file', '-', url]).then(() => undefined, (e: Error) => e);
    expect(err?.message).to.match(/Access denied|530|login/i);
    expect(fs.store.transfers().length).to.equal(before);
  });

  it('HTTPS: curl downloads a published firmware image, verifying the server certificate against the test root', async () => {
    const image = randomBytes(100_000);
    fs.store.publish('firmware/fw-2.bin', image);
    const { stdout } = await curl(['--cacert', pki.get('csms-root').certFile, fs.url('https', 'firmware/fw-2.bin')]);
    expect(stdout.equals(image)).to.equal(true);
    const t = fs.store.transfers().find((x) => x.direction === 'download' && x.name === 'firmware/fw-2.bin');
    expect(t?.protocol).to.equal('https');
    // Without the test root curl must refuse the certificate: the server really presents the test PKI's.
    const refused = await curl([fs.url('https', 'firmware/fw-2.bin')]).then(() => undefined, (e: Error) => e);
    expect(refused?.message).to.match(/certificate/i);
  });

  it('HTTP: a multipart POST (as stations upload logs) is stored under its form file name; a missing file is 404', async () => {
    const bytes = Buffer.from('line 1\nline 2\n');
    const local = path.join(dir, 'station.log');
    await writeFile(local, bytes);
    await curl(['-F', `file=@${local};filename=security-log.txt`, fs.url('http', '')]);
    const t = fs.store.transfers().find((x) => x.direction === 'upload' && x.name === 'security-log.txt');
    expect(t?.protocol).to.equal('http');
    expect(t?.bytes.equals(bytes)).to.equal(true);
    const missing = await curl([fs.url('http', 'nope.bin')]).then(() => undefined, (e: Error) => e);
    expect(missing?.message).to.match(/404/);
    expect(await readFile(local)).to.deep.equal(bytes);
  });
});
