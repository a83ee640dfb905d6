/**
 * The reference station's log upload client (uploadFile in src/transport/file-transfer.ts, N01) against
 * the harness's file server: the same bytes arrive under dir/name over HTTP (PUT), HTTPS (test root
 * trusted) and FTP (STOR), and a refused connection or a wrong FTP password is a FileTransferError.
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { startFileServer, type RunningFileServer } from '../../src/fileserver/server.js';
import { uploadFile, FileTransferError } from '../../src/transport/file-transfer.js';
import { ensurePki, type Pki } from '../../src/pki/store.js';
import { REFERENCE_CERTS_DIR } from '../../src/session/reference.js';

const closedPort = (): Promise<number> => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

describe('station log upload client against the file server', function () {
  this.timeout(30_000);
  let pki: Pki;
  let fs: RunningFileServer;
  const log = randomBytes(5_000);
  const opts = () => ({ timeoutMs: 5_000, ca: [pki.get('csms-root').certPem] });

  before(async () => {
    pki = await ensurePki(REFERENCE_CERTS_DIR);
    fs = await startFileServer({
      host: '127.0.0.1', advertisedHost: '127.0.0.1', ports: { http: 0, https: 0, ftp: 0 }, username: 'station', password: 'pw-1',
      tls: { cert: pki.chainPem('csms-server-rsa'), key: pki.get('csms-server-rsa').keyPem },
    });
  });
  after(async () => { await fs?.close(); });

  for (const protocol of ['http', 'https', 'ftp'] as const) {
    it(`uploads a log into the remoteLocation directory over ${protocol.toUpperCase()}`, async () => {
      await uploadFile(fs.url(protocol, `logs/${protocol}`), 'Diagnostics 1.log', log, opts());
      const got = fs.store.transfers().find((t) => t.direction === 'upload' && t.protocol === protocol);
      expect(got?.name).to.equal(`logs/${protocol}/Diagnostics 1.log`);
      expect(got?.bytes.equals(log)).to.equal(true);
    });
  }

  it('fails with a FileTransferError when nothing listens, for a wrong FTP password and for a bad URL', async () => {
    const err = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e);
    const port = await closedPort();
    expect(await err(uploadFile(`http://127.0.0.1:${port}/logs`, 'a.log', log, opts()))).to.be.instanceOf(FileTransferError);
    expect(await err(uploadFile(`ftp://u:p@127.0.0.1:${port}/logs`, 'a.log', log, opts()))).to.be.instanceOf(FileTransferError);
    expect(await err(uploadFile(fs.url('ftp', 'logs').replace('pw-1', 'wrong'), 'a.log', log, opts()))).to.be.instanceOf(FileTransferError);
    expect(await err(uploadFile('not a url', 'a.log', log, opts()))).to.be.instanceOf(FileTransferError);
  });
});
