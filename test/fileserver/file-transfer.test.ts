/**
 * The reference station's download client (src/transport/file-transfer.ts) against the harness's file
 * server: the same bytes over HTTP, HTTPS (test root trusted) and FTP, and a clear FileTransferError
 * for a missing file, an untrusted server certificate and a wrong FTP password.
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { startFileServer, type RunningFileServer } from '../../src/fileserver/server.js';
import { fetchFile, FileTransferError } from '../../src/transport/file-transfer.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';

describe('station file download client against the file server', function () {
  this.timeout(30_000);
  let pki: Pki;
  let fs: RunningFileServer;
  const image = randomBytes(70_000);
  const opts = () => ({ timeoutMs: 5_000, maxBytes: 1_000_000, ca: [pki.get('csms-root').certPem] });

  before(async () => {
    pki = await ensurePki(REFERENCE_CERTS_DIR);
    fs = await startFileServer({
      host: '127.0.0.1', advertisedHost: '127.0.0.1', ports: { http: 0, https: 0, ftp: 0 }, username: 'station', password: 'pw-1',
      tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem },
    });
    fs.store.publish('fw.bin', image);
  });
  after(async () => { await fs?.close(); });

  for (const protocol of ['http', 'https', 'ftp'] as const) {
    it(`downloads the published image over ${protocol.toUpperCase()} and the server records it`, async () => {
      const bytes = await fetchFile(fs.url(protocol, 'fw.bin'), opts());
      expect(bytes.equals(image)).to.equal(true);
      expect(fs.store.transfers().some((t) => t.direction === 'download' && t.protocol === protocol && t.bytes.equals(image))).to.equal(true);
    });
  }

  it('fails with a FileTransferError for a missing file, an untrusted certificate, a wrong FTP password and a size over the limit', async () => {
    const err = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
    expect(await err(fetchFile(fs.url('http', 'nope.bin'), opts()))).to.be.instanceOf(FileTransferError).with.property('message').match(/404/);
    expect(await err(fetchFile(fs.url('https', 'fw.bin'), { timeoutMs: 5_000, maxBytes: 1_000_000 }))).to.be.instanceOf(FileTransferError);
    expect(await err(fetchFile(fs.url('ftp', 'fw.bin').replace('pw-1', 'wrong'), opts()))).to.be.instanceOf(FileTransferError);
    expect(await err(fetchFile(fs.url('http', 'fw.bin'), { ...opts(), maxBytes: 1000 }))).to.be.instanceOf(FileTransferError).with.property('message').match(/larger/);
  });
});
