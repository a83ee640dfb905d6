/**
 * FileStore.hold (TC_F_16/19_CS): a held upload or download stays open on the file server (the client
 * waits, nothing is recorded) until the hold is released, over HTTP and FTP; a hold ends by itself after
 * its timeout, transfers it does not name pass, and closing the server releases every hold.
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { startFileServer, type RunningFileServer } from '../../src/fileserver/server.js';
import { fetchFile, uploadFile } from '../../src/transport/file-transfer.js';

/** Whether `p` is still pending after the event loop had a chance to settle it (no fixed sleep: one macrotask). */
const pending = async (p: Promise<unknown>): Promise<boolean> => {
  const marker = Symbol('pending');
  return (await Promise.race([p.then(() => undefined, () => undefined), new Promise((r) => setImmediate(() => r(marker)))])) === marker;
};

describe('file server: holding a transfer open', function () {
  this.timeout(20_000);
  let fs: RunningFileServer;
  const image = randomBytes(10_000);
  const opts = { timeoutMs: 10_000, maxBytes: 1_000_000 };

  beforeEach(async () => {
    fs = await startFileServer({ host: '127.0.0.1', advertisedHost: '127.0.0.1', ports: { http: 0, ftp: 0 }, username: 'station', password: 'pw-1' });
    fs.store.publish('fw.bin', image);
  });
  afterEach(async () => { await fs?.close(); });

  for (const protocol of ['http', 'ftp'] as const) {
    it(`keeps a ${protocol.toUpperCase()} download open until released`, async () => {
      const hold = fs.store.hold((direction, name) => direction === 'download' && name === 'fw.bin', { timeoutMs: 10_000 });
      const download = fetchFile(fs.url(protocol, 'fw.bin'), opts);
      expect(await hold.reached).to.equal(true);
      expect(await pending(download)).to.equal(true);
      expect(fs.store.transfers()).to.have.length(0);
      hold.release();
      expect((await download).equals(image)).to.equal(true);
      expect(fs.store.transfers().map((t) => t.direction)).to.deep.equal(['download']);
    });

    it(`keeps a ${protocol.toUpperCase()} upload open until released, and lets other names pass`, async () => {
      const hold = fs.store.hold((direction, name) => direction === 'upload' && name.startsWith('logs/a/'), { timeoutMs: 10_000 });
      await uploadFile(fs.url(protocol, 'logs/b'), 'other.log', Buffer.from('b'), { timeoutMs: 5_000 });
      const upload = uploadFile(fs.url(protocol, 'logs/a'), 'held.log', Buffer.from('a'), { timeoutMs: 10_000 });
      expect(await hold.reached).to.equal(true);
      expect(await pending(upload)).to.equal(true);
      expect(fs.store.transfers().map((t) => t.name)).to.deep.equal(['logs/b/other.log']);
      hold.release();
      await upload;
      expect(fs.store.transfers().map((t) => t.name)).to.deep.equal(['logs/b/other.log', 'logs/a/held.log']);
    });
  }

  it('ends a hold by itself after its timeout (reached false when nothing came)', async () => {
    const idle = fs.store.hold(() => true, { timeoutMs: 50 });
    expect(await idle.reached).to.equal(false);
    const hold = fs.store.hold(() => true, { timeoutMs: 300 });
    const t0 = Date.now();
    expect((await fetchFile(fs.url('http', 'fw.bin'), opts)).equals(image)).to.equal(true);
    expect(await hold.reached).to.equal(true);
    expect(Date.now() - t0).to.be.greaterThanOrEqual(250);
  });

  it('releases every hold when the server closes', async () => {
    const hold = fs.store.hold(() => true, { timeoutMs: 60_000 });
    const download = fetchFile(fs.url('http', 'fw.bin'), opts).catch((e: unknown) => e);
    expect(await hold.reached).to.equal(true);
    await fs.close();
    await download; // settles (served or cut), it does not hang for the hold's minute
  });
});
