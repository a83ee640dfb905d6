/**
 * A user's own PKI (`tls.caFile`, `certFile`, `keyFile`), made here with the openssl CLI as a user
 * would: read and checked once (errors name the field), then used on both sides of a real TLS
 * connection instead of the test PKI.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig, validateConfigFile, type ConfigFile } from '../../src/config/config.js';
import { readOwnTls } from '../../src/config/tls-files.js';
import { clientTls, serverTls } from '../../src/session/tls.js';
import { isHarnessError } from '../../src/errors.js';
import { Cleanup } from '../helpers/wait.js';
import { connectOurs, startServer } from '../helpers/harness.js';
import { testPki, type Pki } from '../helpers/pki.js';
import { opensslOk, tempDir } from '../pki/openssl.js';

/** A CA, an ECDSA server certificate for localhost/127.0.0.1 and an RSA station certificate (CN CS001), all from openssl. */
function makeOwnPki(dir: string): void {
  const run = (args: string[]) => opensslOk(args, { cwd: dir });
  run(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/O=My CSO/CN=My Own Root',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  writeFileSync(path.join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\nkeyUsage=critical,digitalSignature\n');
  run(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/O=My CSO/CN=localhost']);
  run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '2', '-days', '1', '-extfile', 'server.ext', '-out', 'server.pem']);
  writeFileSync(path.join(dir, 'station.ext'), 'keyUsage=critical,digitalSignature,keyEncipherment\n');
  run(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'station.key', '-out', 'station.csr', '-subj', '/O=My CSO/CN=CS001']);
  run(['x509', '-req', '-in', 'station.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '3', '-days', '1', '-extfile', 'station.ext', '-out', 'station.pem']);
}

describe('transport: a user brings their own PKI (tls.caFile, certFile, keyFile)', function () {
  this.timeout(20_000);
  const cleanup = new Cleanup();
  const tmp = tempDir('ocpph-own-pki-');
  let testCerts: Pki;
  let dir: string;

  before(async function () {
    this.timeout(60_000);
    testCerts = await testPki();
    dir = tmp.dir;
    makeOwnPki(dir);
  });
  after(() => tmp.remove());
  afterEach(() => cleanup.run());

  const configFor = (sut: 'cs' | 'csms', securityProfile: 2 | 3, tls: ConfigFile['tls']) =>
    resolveConfig(validateConfigFile({ sut, ics: { securityProfile }, tls }, 'test'), {}, {}, dir);

  it('config: the file paths are taken relative to the config file; certFile and keyFile go together', () => {
    const config = configFor('cs', 3, { caFile: 'ca.pem', certFile: 'server.pem', keyFile: 'server.key' });
    expect(config.tls).to.deep.equal({ caFile: path.join(dir, 'ca.pem'), certFile: path.join(dir, 'server.pem'), keyFile: path.join(dir, 'server.key') });
    expect(() => validateConfigFile({ tls: { certFile: 'server.pem' } }, 'my.yaml')).to.throw(/my\.yaml: invalid config: tls: must have property keyFile/);
  });

  it('unreadable or mismatched files are config errors naming the field', async () => {
    const cases: Array<[ConfigFile['tls'], RegExp]> = [
      [{ caFile: 'missing.pem' }, /^tls\.caFile: cannot read .*missing\.pem/],
      [{ caFile: 'server.key' }, /^tls\.caFile: .*server\.key holds no PEM certificate/],
      [{ certFile: 'server.pem', keyFile: 'station.key' }, /^tls\.keyFile: .*station\.key is not the private key of the first certificate in .*server\.pem/],
      [{ certFile: 'server.pem', keyFile: 'ca.pem' }, /^tls\.keyFile: .*ca\.pem holds no usable PEM private key/],
    ];
    for (const [tls, message] of cases) {
      const err = await readOwnTls(configFor('cs', 2, tls).tls).then(() => undefined, (e: unknown) => e);
      expect(isHarnessError(err, 'OCPPH_ERR_CONFIG'), String(err)).to.equal(true);
      expect((err as Error).message).to.match(message);
    }
  });

  it('sut: cs, profile 3: the harness serves the user\'s certificate and trusts the user\'s CA for station certificates', async () => {
    const config = configFor('cs', 3, { caFile: 'ca.pem', certFile: 'server.pem', keyFile: 'server.key' });
    const tls = await serverTls(config, async () => testCerts, await readOwnTls(config.tls));
    const started = await startServer(cleanup, { securityProfile: 3, tls });
    const own = await readOwnTls({ caFile: path.join(dir, 'ca.pem'), certFile: path.join(dir, 'station.pem'), keyFile: path.join(dir, 'station.key') });
    const accepted = started.nextConnection('CS001');
    const { info } = await connectOurs(cleanup, { url: started.url, securityProfile: 3, tls: { ca: own.ca ?? '', cert: own.cert ?? '', key: own.key ?? '' } });
    expect(info.tls?.peerCertificate).to.include({ subjectCN: 'localhost', subjectO: 'My CSO', keyType: 'ec' });
    expect((await accepted).info.tls?.clientCert).to.include({ commonName: 'CS001', organization: 'My CSO' });
    // A station that trusts only the test PKI root does not get through: the test PKI is not in use.
    const err = await connectOurs(cleanup, { url: started.url, securityProfile: 3, tls: { ca: testCerts.get('csms-root').certPem, cert: own.cert ?? '', key: own.key ?? '' } })
      .then(() => undefined, (e: unknown) => e);
    expect(isHarnessError(err, 'OCPPH_ERR_TLS'), String(err)).to.equal(true);
  });

  it('sut: csms, profile 3: the harness trusts the user\'s CA for the CSMS and presents the user\'s station certificate', async () => {
    const csms = await startServer(cleanup, {
      securityProfile: 3,
      tls: { ...(await readOwnTls({ caFile: path.join(dir, 'ca.pem'), certFile: path.join(dir, 'server.pem'), keyFile: path.join(dir, 'server.key') })) },
    });
    const config = configFor('csms', 3, { caFile: 'ca.pem', certFile: 'station.pem', keyFile: 'station.key' });
    const tls = await clientTls(config, async () => { throw new Error('the test PKI is not needed'); }, await readOwnTls(config.tls));
    const accepted = csms.nextConnection('CS001');
    const { info } = await connectOurs(cleanup, { url: csms.url, securityProfile: 3, tls });
    expect(info.tls?.peerCertificate).to.include({ subjectCN: 'localhost', subjectO: 'My CSO' });
    expect((await accepted).info.tls?.clientCert).to.include({ commonName: 'CS001', organization: 'My CSO', keyType: 'rsa', bits: 2048 });
  });
});
