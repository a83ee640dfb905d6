/**
 * The reference station's security profiles 1-3 and certificate handling, against OcppServer with a
 * test PKI; the TLS faults (accepts-invalid-server-cert, accepts-tls-below-1.2,
 * no-security-event-after-bad-cert).
 */
import { expect } from 'chai';
import type { Payload } from '../../src/rpc/codec.js';
import type { OcppServerOptions } from '../../src/transport/server.js';
import type { StationOptions, StationVersion } from '../../src/simulators/station/types.js';
import { signCsr } from '../../src/pki/csr.js';
import { Cleanup, nextEvent } from '../helpers/wait.js';
import { testPki, type Pki } from '../helpers/pki.js';
import { MiniCsms, bootAccepted, stationFor } from './station-fixture.test.js';

const PASSWORD = 'station-password-0001';

describe('reference station: security profiles and certificates', function () {
  this.timeout(15_000);
  const cleanup = new Cleanup();
  let pki: Pki;
  before(async function () {
    this.timeout(60_000);
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  async function csms(version: StationVersion, options: Partial<OcppServerOptions>): Promise<MiniCsms> {
    return cleanup.add(await MiniCsms.start(version, options), (c) => c.close());
  }
  const tlsServer = (role: 'csms-server-ecdsa' | 'unknown-ca-server', extra: Partial<OcppServerOptions['tls']> = {}): Partial<OcppServerOptions> => ({
    securityProfile: 2,
    tls: { cert: pki.chainPem(role), key: pki.get(role).keyPem, ...extra },
    authenticate: (req) => req.password === PASSWORD,
  });
  const profile2 = (faults: string[] = []): Partial<StationOptions> => ({ securityProfile: 2, password: PASSWORD, tls: { ca: pki.get('csms-root').certPem }, faults });

  it('profile 2: verifies the CSMS certificate, authenticates with Basic auth and boots', async () => {
    const good = await csms('2.0.1', tlsServer('csms-server-ecdsa'));
    const { station } = stationFor(good, cleanup, profile2());
    await bootAccepted(good, station, 1);
    expect(good.connections[0]?.info.tls?.protocol).to.match(/^TLSv1\.[23]$/);
    expect(good.connections[0]?.info.username).to.equal('CS001');
  });

  for (const version of ['1.6', '2.0.1'] as const) {
    it(`${version}: an invalid CSMS certificate ends the attempt; the security event is sent once connected properly`, async () => {
      const bad = await csms(version, tlsServer('unknown-ca-server'));
      const good = await csms(version, tlsServer('csms-server-ecdsa'));
      const { station } = stationFor(bad, cleanup, profile2());
      const failed = nextEvent(station, 'connectFailed', { timeoutMs: 3_000 });
      await station.start();
      await failed;
      expect(bad.connections).to.have.length(0);
      await station.configure('url', good.url);
      const type = version === '1.6' ? 'InvalidCentralSystemCertificate' : 'InvalidCsmsCertificate';
      const event = await good.waitCall('SecurityEventNotification', { filter: (p) => p.type === type, timeoutMs: 3_000 });
      expect(event.index).to.be.greaterThan(good.callsOf('BootNotification')[0]?.index ?? Infinity);
    });
  }

  it('no-security-event-after-bad-cert: no InvalidCsmsCertificate after a failed attempt', async () => {
    const bad = await csms('2.0.1', tlsServer('unknown-ca-server'));
    const good = await csms('2.0.1', tlsServer('csms-server-ecdsa'));
    const { station } = stationFor(bad, cleanup, profile2(['no-security-event-after-bad-cert']));
    const failed = nextEvent(station, 'connectFailed', { timeoutMs: 3_000 });
    await station.start();
    await failed;
    await station.configure('url', good.url);
    await good.waitCall('SecurityEventNotification', { filter: (p) => p.type === 'StartupOfTheDevice', timeoutMs: 3_000 });
    await good.expectNone('SecurityEventNotification', 300, (p) => p.type === 'InvalidCsmsCertificate');
    expect(good.callsOf('SecurityEventNotification').map((c) => c.payload.type)).to.not.include('InvalidCsmsCertificate');
  });

  it('accepts-invalid-server-cert: connects to a CSMS whose certificate does not verify', async () => {
    const bad = await csms('2.0.1', tlsServer('unknown-ca-server'));
    const { station } = stationFor(bad, cleanup, profile2(['accepts-invalid-server-cert']));
    await bootAccepted(bad, station, 1);
    expect(bad.connections).to.have.length(1);
  });

  it('a CSMS offering only TLS 1.1 is refused (InvalidTLSVersion reported later)', async () => {
    const old = await csms('2.0.1', tlsServer('csms-server-ecdsa', { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' }));
    const good = await csms('2.0.1', tlsServer('csms-server-ecdsa'));
    const { station } = stationFor(old, cleanup, profile2());
    const failed = nextEvent(station, 'connectFailed', { timeoutMs: 3_000 });
    await station.start();
    await failed;
    expect(old.connections).to.have.length(0);
    await station.configure('url', good.url);
    await good.waitCall('SecurityEventNotification', { filter: (p) => p.type === 'InvalidTLSVersion', timeoutMs: 3_000 });
  });

  it('accepts-tls-below-1.2: connects over TLS 1.1', async () => {
    const old = await csms('2.0.1', tlsServer('csms-server-ecdsa', { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' }));
    const { station } = stationFor(old, cleanup, profile2(['accepts-tls-below-1.2']));
    await bootAccepted(old, station, 1);
    expect(old.connections[0]?.info.tls?.protocol).to.equal('TLSv1.1');
  });

  it('profile 1: a new BasicAuthPassword set over OCPP is used from the next connection on (A01)', async () => {
    let password = PASSWORD;
    const server = await csms('2.0.1', { securityProfile: 1, authenticate: (req) => req.password === password });
    const { station, lines } = stationFor(server, cleanup, { securityProfile: 1, password: PASSWORD });
    await bootAccepted(server, station, 1);
    password = 'the-new-password-0002';
    const reconnected = server.nextConnection();
    const set = await server.call('SetVariables', {
      setVariableData: [{ component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' }, attributeValue: password }],
    });
    expect(set.kind === 'result' && (set.payload.setVariableResult as Payload[])[0]?.attributeStatus).to.equal('Accepted');
    await reconnected;
    expect(server.callsOf('BootNotification')).to.have.length(1);
    expect(lines.join('\n')).to.not.contain(password);
  });

  it('profile 3: mutual TLS; SignCertificate -> CertificateSigned installs a new certificate and reconnects with it', async () => {
    const server = await csms('2.0.1', {
      securityProfile: 3,
      tls: { cert: pki.chainPem('csms-server-ecdsa'), key: pki.get('csms-server-ecdsa').keyPem, ca: pki.get('csms-root').certPem },
    });
    const { station } = stationFor(server, cleanup, {
      securityProfile: 3, tls: { ca: pki.get('csms-root').certPem, cert: pki.chainPem('station'), key: pki.get('station').keyPem },
    });
    await bootAccepted(server, station, 1);
    const firstCert = server.connections[0]?.info.tls?.clientCert?.fingerprint256;
    const trig = await server.call('TriggerMessage', { requestedMessage: 'SignChargingStationCertificate' });
    expect(trig.kind === 'result' && trig.payload.status).to.equal('Accepted');
    const sign = await server.waitCall('SignCertificate', { timeoutMs: 5_000 });
    expect(sign.payload.certificateType).to.equal('ChargingStationCertificate');
    const leaf = signCsr(String(sign.payload.csr), pki.get('cso-sub-ca'), { expectCommonName: 'CS001', expectOrganization: 'ocpp-harness test CSO' });
    const reconnected = server.nextConnection(5_000);
    const signed = await server.call('CertificateSigned', { certificateChain: leaf + pki.get('cso-sub-ca').certPem, certificateType: 'ChargingStationCertificate' });
    expect(signed.kind === 'result' && signed.payload.status).to.equal('Accepted');
    const second = await reconnected;
    expect(second.info.tls?.clientCert?.commonName).to.equal('CS001');
    expect(second.info.tls?.clientCert?.fingerprint256).to.not.equal(firstCert);
    const bogus = await server.call('CertificateSigned', { certificateChain: pki.get('station').certPem });
    expect(bogus.kind === 'result' && bogus.payload.status).to.equal('Rejected');
    await server.waitCall('SecurityEventNotification', { filter: (p) => p.type === 'InvalidChargingStationCertificate' });
  });

  for (const version of ['1.6', '2.0.1'] as const) {
    it(`${version}: InstallCertificate, GetInstalledCertificateIds, DeleteCertificate`, async () => {
      const server = await csms(version, {});
      const { station } = stationFor(server, cleanup);
      await bootAccepted(server, station, version === '1.6' ? 2 : 1);
      const rootType = version === '1.6' ? 'CentralSystemRootCertificate' : 'CSMSRootCertificate';
      const ask = (action: string, payload: Payload) => server.call(action, payload).then((o) => (o.kind === 'result' ? o.payload : { error: o.kind }));
      const idsRequest = version === '1.6' ? { certificateType: rootType } : { certificateType: [rootType] };
      expect((await ask('GetInstalledCertificateIds', idsRequest)).status).to.equal('NotFound');
      expect((await ask('InstallCertificate', { certificateType: rootType, certificate: pki.get('csms-root').certPem })).status).to.equal('Accepted');
      expect((await ask('InstallCertificate', { certificateType: rootType, certificate: 'not a certificate' })).status).to.equal('Rejected');
      const ids = await ask('GetInstalledCertificateIds', idsRequest);
      expect(ids.status).to.equal('Accepted');
      const hash = version === '1.6'
        ? (ids.certificateHashData as Payload[])[0] as Payload
        : ((ids.certificateHashDataChain as Payload[])[0] as Payload).certificateHashData as Payload;
      expect(hash).to.include({ hashAlgorithm: 'SHA256' });
      expect(hash.issuerNameHash).to.match(/^[0-9a-f]{64}$/);
      expect((await ask('DeleteCertificate', { certificateHashData: hash })).status).to.equal('Accepted');
      expect((await ask('DeleteCertificate', { certificateHashData: hash })).status).to.equal('NotFound');
      expect(server.findings).to.deep.equal([]);
    });
  }
});
