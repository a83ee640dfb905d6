import { X509Certificate } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { expect } from 'chai';
import { isHarnessError } from '../../src/errors.js';
import { MANIFEST_FILE, PKI_ROLES, type PkiManifest } from '../../src/pki/roles.js';
import { ensurePki, initPki, inspectPki, loadPki } from '../../src/pki/store.js';
import { tempDir } from './openssl.js';

function expectPkiError(fn: () => unknown, ...fragments: string[]): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(isHarnessError(caught, 'OCPPH_ERR_PKI'), String(caught)).to.equal(true);
  for (const f of fragments) expect((caught as Error).message).to.contain(f);
}

const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(PKI_ROLES.flatMap((r) => [`${r}.cert.pem`, `${r}.key.pem`]).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

describe('pki: the PKI folder (initPki, loadPki, ensurePki)', function () {
  this.timeout(60_000);
  const tmp = tempDir('ocpph-pki-store-');
  let dir: string;
  let manifest: PkiManifest;

  before(async () => {
    dir = path.join(tmp.dir, 'certs');
    manifest = await initPki({ outDir: dir });
  });
  after(() => tmp.remove());

  it('writes a manifest with one entry per role, parents first, paths relative to the folder', () => {
    expect(manifest.map((e) => e.role)).to.deep.equal([...PKI_ROLES]);
    expect(JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), 'utf8'))).to.deep.equal(manifest);
    const seen = new Set<string>();
    for (const e of manifest) {
      expect(Object.keys(e).sort()).to.deep.equal(
        ['file', 'issuer', 'issuerRole', 'keyFile', 'keyType', 'notAfter', 'notBefore', 'role', 'serialNumber', 'subject', e.keyType === 'rsa' ? 'keyBits' : 'curve'].sort());
      expect(path.isAbsolute(e.file) || path.isAbsolute(e.keyFile)).to.equal(false);
      expect(e.notBefore).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(e.serialNumber).to.match(/^[1-9a-f][0-9a-f]*$/);
      if (e.issuerRole !== null) expect(seen.has(e.issuerRole), `${e.role} after ${e.issuerRole}`).to.equal(true);
      seen.add(e.role);
    }
  });

  it('keeps a complete folder as it is unless forced', async () => {
    const before = snapshot(dir);
    const again = await initPki({ outDir: dir, stationId: 'OTHER' });
    expect(again).to.deep.equal(manifest);
    expect(snapshot(dir)).to.deep.equal(before);

    const forced = await initPki({ outDir: dir, force: true });
    expect(forced.find((e) => e.role === 'csms-root')?.serialNumber).to.not.equal(manifest.find((e) => e.role === 'csms-root')?.serialNumber);
    expect(snapshot(dir)['csms-root.key.pem']).to.not.equal(before['csms-root.key.pem']);
    expect(statSync(path.join(dir, 'csms-root.key.pem')).mode & 0o777).to.equal(0o600);
    manifest = forced;
  });

  it('tells a complete folder from a missing or broken one, and regenerates a broken one', async () => {
    expect((await inspectPki(path.join(tmp.dir, 'nothing-here'))).state).to.equal('missing');
    const complete = await inspectPki(dir);
    expect(complete.state).to.equal('complete');
    if (complete.state === 'complete') {
      expect(complete.params).to.deep.equal({ csmsHost: 'localhost', stationId: 'CS001', org: 'Test CSO', seccId: 'CS001', emaid: 'NLTSTC00000001' });
    }
    rmSync(path.join(dir, 'vehicle.key.pem'));
    const broken = await inspectPki(dir);
    expect(broken).to.deep.equal({ state: 'incomplete', problem: 'vehicle.key.pem (role vehicle) is missing' });
    expectPkiError(() => loadPki(dir), 'vehicle', 'ocpp-harness certs init');
    await initPki({ outDir: dir });
    expect((await inspectPki(dir)).state).to.equal('complete');
    manifest = loadPki(dir).manifest;
  });

  it('loads every role with its PEMs and absolute file paths', () => {
    const pki = loadPki(dir);
    expect(pki.dir).to.equal(path.resolve(dir));
    for (const role of PKI_ROLES) {
      const m = pki.get(role);
      expect(m.role).to.equal(role);
      expect(m.entry).to.deep.equal(manifest.find((e) => e.role === role));
      expect(m.certFile).to.equal(path.join(path.resolve(dir), `${role}.cert.pem`));
      expect(m.certPem).to.equal(readFileSync(m.certFile, 'utf8'));
      expect(m.keyPem).to.match(/^-----BEGIN PRIVATE KEY-----/);
    }
    expect(pki.stationId).to.equal('CS001');
  });

  it('keeps private keys out of JSON and console output of a loaded role', () => {
    const m = loadPki(dir).get('station');
    expect(JSON.stringify(m)).to.not.contain('PRIVATE KEY');
    expect(inspect(m, { depth: 5 })).to.not.contain('PRIVATE KEY');
  });

  it('fails with OCPPH_ERR_PKI naming `ocpp-harness certs init` on a missing folder, manifest or role', () => {
    expectPkiError(() => loadPki(path.join(tmp.dir, 'nope')), 'ocpp-harness certs init', 'manifest.json');
    const broken = path.join(tmp.dir, 'broken');
    tempCopyManifest(dir, broken, (m) => m.filter((e) => e.role !== 'secc'));
    expectPkiError(() => loadPki(broken), 'secc', 'ocpp-harness certs init');
    writeFileSync(path.join(broken, MANIFEST_FILE), '{ not json');
    expectPkiError(() => loadPki(broken), 'not valid JSON');
    expectPkiError(() => loadPki(dir).get('no-such-role' as never), 'no-such-role');
  });

  it('ensurePki generates what is missing, reuses what fits and regenerates for other parameters', async () => {
    const other = path.join(tmp.dir, 'ensure');
    const org = 'ACME, Inc. "Ünïcode" + Co';
    const first = await ensurePki(other, { csmsHost: '192.0.2.10', stationId: 'CS-42', org });
    expect(first.params).to.deep.equal({ csmsHost: '192.0.2.10', stationId: 'CS-42', org, seccId: 'CS-42', emaid: 'NLTSTC00000001' });
    const station = new X509Certificate(first.get('station').certPem);
    expect(station.subject).to.equal('O=ACME\\, Inc. \\"Ünïcode\\" \\+ Co\nCN=CS-42');
    expect(first.get('station').entry.subject).to.equal('CN=CS-42,O=ACME\\, Inc. \\"Ünïcode\\" \\+ Co');
    const server = new X509Certificate(first.get('csms-server-ecdsa').certPem);
    expect(server.subjectAltName).to.equal('IP Address:192.0.2.10, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(server.checkIP('192.0.2.10')).to.equal('192.0.2.10');

    const reused = await ensurePki(other, { stationId: 'CS-42' });
    expect(reused.manifest).to.deep.equal(first.manifest);

    const renewed = await ensurePki(other, { stationId: 'CS-43' });
    expect(renewed.params.stationId).to.equal('CS-43');
    expect(renewed.params.org).to.equal('Test CSO');
    expect(renewed.get('station').entry.serialNumber).to.not.equal(first.get('station').entry.serialNumber);
  });
});

/** A folder holding only an edited copy of the manifest (enough: loadPki checks the manifest before any file). */
function tempCopyManifest(from: string, to: string, edit: (m: PkiManifest) => PkiManifest): void {
  const m = JSON.parse(readFileSync(path.join(from, MANIFEST_FILE), 'utf8')) as PkiManifest;
  mkdirSync(to, { recursive: true });
  writeFileSync(path.join(to, MANIFEST_FILE), JSON.stringify(edit(m)));
}
