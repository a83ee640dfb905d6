import { expect } from 'chai';
import { X509Certificate } from 'node:crypto';
import { isHarnessError } from '../../src/errors.js';
import { createCsr } from '../../src/pki/csr.js';
import type { CallOutcome, IncomingCall, RpcConnection } from '../../src/rpc/connection.js';
import type { Payload } from '../../src/rpc/codec.js';
import type { Finding } from '../../src/rpc/findings.js';
import { SchemaRegistry } from '../../src/rpc/schemas.js';
import type { OcppVersion } from '../../src/rpc/versions.js';
import { connectClient, type OcppClientOptions } from '../../src/transport/client.js';
import type { TlsOptions } from '../../src/transport/security.js';
import type { SecurityProfile } from '../../src/domain/security-profile.js';
import { ReferenceCsms } from '../../src/simulators/csms/csms.js';
import type { ReferenceCsmsOptions } from '../../src/simulators/csms/types.js';
import { csmsOptionsFromFlags, parseIdToken, parseStation, runSimCsms } from '../../src/cli/commands/sim-csms.js';
import { connectPeerClient } from '../helpers/ocpp-rpc.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';
import { Cleanup, collect, nextEvent, within } from '../helpers/wait.js';

const NOW = () => new Date().toISOString();
const boot201 = { reason: 'PowerUp', chargingStation: { vendorName: 'Harness', model: 'Loopback' } };
const boot16 = { chargePointVendor: 'Harness', chargePointModel: 'Loopback' };
const TOKENS = [
  { idToken: 'TOKEN-OK', type: 'ISO14443', status: 'Accepted', groupIdToken: 'GROUP-1' },
  { idToken: 'TOKEN-BLOCKED', type: 'ISO14443', status: 'Blocked' },
  { idToken: 'TOKEN-OLD', type: 'ISO14443', status: 'Accepted', expiryDate: '2020-01-01T00:00:00Z' },
];

const splitPem = (pem: string): string[] => pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];

function result(o: CallOutcome): Payload {
  if (o.kind !== 'result') throw new Error(`expected a CALLRESULT, got ${o.kind}${o.kind === 'error' ? ` ${o.errorCode}: ${o.errorDescription}` : ''}`);
  return o.payload;
}

function errorCode(o: CallOutcome): string {
  if (o.kind !== 'error') throw new Error(`expected a CALLERROR, got ${o.kind}`);
  return o.errorCode;
}

describe('reference CSMS', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  afterEach(() => cleanup.run());

  async function startCsms(options: Partial<ReferenceCsmsOptions> = {}): Promise<ReferenceCsms> {
    const csms = new ReferenceCsms({ versions: ['2.0.1'], idTokens: TOKENS, callTimeoutMs: 2_000, ...options });
    cleanup.add(csms, (c) => c.stop());
    await csms.start();
    return csms;
  }

  interface StationOptions {
    version?: OcppVersion;
    profile?: SecurityProfile;
    basicAuth?: OcppClientOptions['basicAuth'];
    tls?: TlsOptions;
  }

  async function station(csms: ReferenceCsms, id: string, o: StationOptions = {}): Promise<RpcConnection> {
    const { rpc } = await connectClient({
      url: csms.url, stationId: id, versions: [o.version ?? '2.0.1'], securityProfile: o.profile ?? 0, callTimeoutMs: 2_000,
      ...(o.basicAuth ? { basicAuth: o.basicAuth } : {}), ...(o.tls ? { tls: o.tls } : {}),
    });
    cleanup.add(rpc, (r) => r.close());
    return rpc;
  }

  /** A station that has booted; its answers to CSMS calls come from `answer`. */
  async function booted(csms: ReferenceCsms, id: string, o: StationOptions = {}): Promise<RpcConnection> {
    const rpc = await station(csms, id, o);
    const boot = result(await rpc.call('BootNotification', (o.version ?? '2.0.1') === '1.6' ? boot16 : boot201));
    expect(boot.status).to.equal('Accepted');
    return rpc;
  }

  /** Performs an operator action while the station answers the CALL it causes with `payload`. */
  async function performAnswering(csms: ReferenceCsms, rpc: RpcConnection, action: string, params: Record<string, unknown>, payload: Payload) {
    const incoming = nextEvent<IncomingCall>(rpc, 'call', { timeoutMs: 3_000 });
    const done = csms.perform(action, params);
    const call = await incoming;
    rpc.respond(call.messageId, payload);
    return { call, result: await within(done, `${action} to finish`) };
  }

  describe('OCPP 2.0.1 provisioning', () => {
    it('answers BootNotification Accepted with currentTime and the heartbeat interval, and remembers the boot', async () => {
      const csms = await startCsms({ heartbeatInterval: 120 });
      const rpc = await station(csms, 'CS-A');
      const boot = result(await rpc.call('BootNotification', boot201));
      expect(boot).to.include({ status: 'Accepted', interval: 120 });
      expect(Math.abs(Date.parse(String(boot.currentTime)) - Date.now())).to.be.below(5_000);
      expect(csms.registration('CS-A')).to.equal('Accepted');
      expect(csms.lastBoot('CS-A')?.request).to.deep.equal(boot201);
      expect(csms.connectedStations()).to.deep.equal(['CS-A']);
    });

    it('answers Pending per its station list, refuses untriggered CALLs with SecurityError and lets requested reports through (B02.FR.09)', async () => {
      const csms = await startCsms({ stations: [{ id: 'CS-P', bootStatus: 'Pending' }], bootRetryInterval: 7 });
      const rpc = await station(csms, 'CS-P');
      expect(result(await rpc.call('BootNotification', boot201))).to.include({ status: 'Pending', interval: 7 });
      expect(errorCode(await rpc.call('Heartbeat', {}))).to.equal('SecurityError');
      const { call } = await performAnswering(csms, rpc, 'csmsSend', { action: 'GetBaseReport', stationId: 'CS-P' }, { status: 'Accepted' });
      expect(call.payload).to.include({ reportBase: 'FullInventory' });
      expect(result(await rpc.call('NotifyReport', { requestId: call.payload.requestId, generatedAt: NOW(), seqNo: 0 }))).to.deep.equal({});
      const refused = await csms.perform('csmsSend', { action: 'RequestStartTransaction', stationId: 'CS-P' });
      expect(refused).to.include({ status: 'unavailable' });
      expect((refused as { reason: string }).reason).to.match(/Pending/);
    });

    it('answers Rejected, refuses every other CALL with SecurityError and initiates nothing (B03.FR.03, B03.FR.07)', async () => {
      const csms = await startCsms({ stations: [{ id: 'CS-R', bootStatus: 'Rejected' }] });
      const rpc = await station(csms, 'CS-R');
      expect(result(await rpc.call('BootNotification', boot201))).to.include({ status: 'Rejected' });
      expect(errorCode(await rpc.call('StatusNotification', { timestamp: NOW(), connectorStatus: 'Available', evseId: 1, connectorId: 1 }))).to.equal('SecurityError');
      let thrown: unknown;
      try {
        await csms.send('CS-R', 'Reset', { type: 'Immediate' });
      } catch (err) {
        thrown = err;
      }
      expect(isHarnessError(thrown, 'OCPPH_ERR_SIMULATOR')).to.equal(true);
    });

    it('rejects at boot a station that is not on its list (profile 0)', async () => {
      const csms = await startCsms({ stations: [{ id: 'CS-KNOWN' }] });
      const rpc = await station(csms, 'CS-STRANGER');
      expect(result(await rpc.call('BootNotification', boot201))).to.include({ status: 'Rejected' });
    });

    it('answers Heartbeat and the station notifications with schema-valid results', async () => {
      const csms = await startCsms();
      const rpc = await booted(csms, 'CS-N');
      const findings = collect<Finding>(rpc, 'finding');
      const hb = result(await rpc.call('Heartbeat', {}));
      expect(Math.abs(Date.parse(String(hb.currentTime)) - Date.now())).to.be.below(5_000);
      const calls: Array<[string, Payload]> = [
        ['StatusNotification', { timestamp: NOW(), connectorStatus: 'Available', evseId: 1, connectorId: 1 }],
        ['NotifyEvent', { generatedAt: NOW(), seqNo: 0, eventData: [{ eventId: 1, timestamp: NOW(), trigger: 'Alerting', actualValue: '1', eventNotificationType: 'HardWiredNotification', component: { name: 'EVSE' }, variable: { name: 'Available' } }] }],
        ['MeterValues', { evseId: 1, meterValue: [{ timestamp: NOW(), sampledValue: [{ value: 1 }] }] }],
        ['SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: NOW() }],
        ['FirmwareStatusNotification', { status: 'Idle' }],
        ['LogStatusNotification', { status: 'Idle' }],
        ['NotifyReport', { requestId: 1, generatedAt: NOW(), seqNo: 0 }],
      ];
      for (const [action, payload] of calls) expect(result(await rpc.call(action, payload)), action).to.deep.equal({});
      expect(result(await rpc.call('DataTransfer', { vendorId: 'com.example' }))).to.deep.equal({ status: 'UnknownVendorId' });
      expect(csms.session('CS-N')?.connectorStatus.get('1/1')).to.equal('Available');
      expect(findings).to.deep.equal([]);
    });

    it('answers a schema-invalid CALL with the CALLERROR the RPC layer suggests, an unknown action with NotImplemented', async () => {
      const csms = await startCsms();
      const rpc = await station(csms, 'CS-X');
      expect(errorCode(await rpc.call('BootNotification', { reason: 'PowerUp' }))).to.equal('OccurrenceConstraintViolation');
      expect(errorCode(await rpc.call('BootNotification', { ...boot201, reason: 'Bored' }))).to.equal('PropertyConstraintViolation');
      expect(errorCode(await rpc.call('MakeCoffee', {}))).to.equal('NotImplemented');
    });
  });

  describe('OCPP 2.0.1 authorization and transactions', () => {
    it('answers Authorize from its token list: Accepted with group, Blocked, Expired, Unknown', async () => {
      const csms = await startCsms();
      const rpc = await booted(csms, 'CS-T');
      const authorize = async (idToken: string) => result(await rpc.call('Authorize', { idToken: { idToken, type: 'ISO14443' } })).idTokenInfo as Payload;
      expect(await authorize('TOKEN-OK')).to.deep.equal({ status: 'Accepted', groupIdToken: { idToken: 'GROUP-1', type: 'ISO14443' } });
      expect((await authorize('TOKEN-BLOCKED')).status).to.equal('Blocked');
      expect((await authorize('TOKEN-OLD')).status).to.equal('Expired');
      expect((await authorize('NOBODY')).status).to.equal('Unknown');
    });

    it('tracks a TransactionEvent flow by transactionId, answers idTokenInfo and notes seqNo gaps', async () => {
      const csms = await startCsms();
      const rpc = await booted(csms, 'CS-T');
      const base = { timestamp: NOW(), evse: { id: 1, connectorId: 1 }, transactionInfo: { transactionId: 'TX-1' } };
      const started = result(await rpc.call('TransactionEvent', { ...base, eventType: 'Started', triggerReason: 'Authorized', seqNo: 0, idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' } }));
      expect((started.idTokenInfo as Payload).status).to.equal('Accepted');
      expect(csms.liveTransaction('CS-T')).to.include({ transactionId: 'TX-1', state: 'Active', evseId: 1, idToken: 'TOKEN-OK' });
      // A periodic update carries the running cost (I02.FR.01; no meter values yet: 0).
      expect(result(await rpc.call('TransactionEvent', { ...base, eventType: 'Updated', triggerReason: 'MeterValuePeriodic', seqNo: 1 }))).to.deep.equal({ totalCost: 0 });
      const ended = result(await rpc.call('TransactionEvent', {
        ...base, eventType: 'Ended', triggerReason: 'StopAuthorized', seqNo: 3, transactionInfo: { transactionId: 'TX-1', stoppedReason: 'Local' },
        idToken: { idToken: 'TOKEN-BLOCKED', type: 'ISO14443' },
      }));
      expect((ended.idTokenInfo as Payload).status).to.equal('Blocked');
      expect(ended.totalCost, 'I03.FR.02: the total cost in the Ended answer').to.equal(0);
      const [tx] = csms.transactions('CS-T');
      expect(tx).to.include({ state: 'Ended', stoppedReason: 'Local', lastSeqNo: 3, events: 3 });
      expect(tx?.seqNoGaps).to.deep.equal([2]);
      expect(csms.liveTransaction('CS-T')).to.equal(undefined);
    });

    it('signs a CSR with the CSO sub-CA and sends CertificateSigned after accepting SignCertificate (A02)', async () => {
      const pki: Pki = await testPki();
      const csms = await startCsms({ pki });
      const rpc = await booted(csms, 'CS-C');
      const { csrPem } = await createCsr({ commonName: 'CS-C', organization: 'Test CSO', keyType: 'ec' });
      const signed = nextEvent<IncomingCall>(rpc, 'call', { filter: (c) => c.action === 'CertificateSigned' });
      expect(result(await rpc.call('SignCertificate', { csr: csrPem, certificateType: 'ChargingStationCertificate' }))).to.deep.equal({ status: 'Accepted' });
      const call = await signed;
      rpc.respond(call.messageId, { status: 'Accepted' });
      expect(call.payload.certificateType).to.equal('ChargingStationCertificate');
      const [leaf, subCa] = splitPem(String(call.payload.certificateChain)).map((p) => new X509Certificate(p));
      const issuer = new X509Certificate(pki.get('cso-sub-ca').certPem);
      expect(subCa?.fingerprint256).to.equal(issuer.fingerprint256);
      expect(leaf?.checkIssued(issuer)).to.equal(true);
      expect(leaf?.verify(issuer.publicKey)).to.equal(true);
      expect(leaf?.subject).to.contain('CN=CS-C');
      expect(result(await rpc.call('SignCertificate', { csr: 'not a csr' }))).to.deep.equal({ status: 'Rejected' });
    });
  });

  describe('operator actions (csmsSend, configureCsms)', () => {
    it('sends Reset with a default payload and returns the station\'s answer', async () => {
      const csms = await startCsms();
      const rpc = await booted(csms, 'CS-O');
      const { call, result: r } = await performAnswering(csms, rpc, 'csmsSend', { action: 'Reset', stationId: 'CS-O' }, { status: 'Accepted' });
      expect(call.action).to.equal('Reset');
      expect(call.payload).to.deep.equal({ type: 'Immediate' });
      expect(r).to.deep.equal({ status: 'done', data: { stationId: 'CS-O', action: 'Reset', request: { type: 'Immediate' }, outcome: { kind: 'result', payload: { status: 'Accepted' } } } });
    });

    it('sends RequestStartTransaction with a known token (hint fields override), RequestStopTransaction with the live transaction', async () => {
      const csms = await startCsms();
      const rpc = await booted(csms, 'CS-O');
      const start = await performAnswering(csms, rpc, 'csmsSend', { action: 'RequestStartTransaction', stationId: 'CS-O', hint: { evseId: 2 } }, { status: 'Accepted' });
      expect(start.call.payload).to.deep.include({ idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' }, evseId: 2 });
      expect(start.call.payload.remoteStartId).to.be.a('number');
      const noTx = await csms.perform('csmsSend', { action: 'RequestStopTransaction', stationId: 'CS-O' });
      expect(noTx.status).to.equal('unavailable');
      await rpc.call('TransactionEvent', {
        eventType: 'Started', timestamp: NOW(), triggerReason: 'RemoteStart', seqNo: 0, evse: { id: 2, connectorId: 1 },
        transactionInfo: { transactionId: 'TX-R', remoteStartId: start.call.payload.remoteStartId }, idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' },
      });
      const stop = await performAnswering(csms, rpc, 'csmsSend', { action: 'RequestStopTransaction', stationId: 'CS-O' }, { status: 'Accepted' });
      expect(stop.call.payload).to.deep.equal({ transactionId: 'TX-R' });
    });

    it('changes boot status, passwords and tokens on configureCsms', async () => {
      const csms = await startCsms();
      expect(await csms.perform('configureCsms', { setting: 'bootStatus', value: 'Pending', stationId: 'CS-Q' })).to.deep.equal({ status: 'done' });
      expect(await csms.perform('configureCsms', { setting: 'idTokenStatus', value: { idToken: 'NEW-1', status: 'Blocked' }, stationId: 'CS-Q' })).to.deep.equal({ status: 'done' });
      expect((await csms.perform('configureCsms', { setting: 'colour', value: 'blue', stationId: 'CS-Q' })).status).to.equal('unavailable');
      expect((await csms.perform('pressButton', {})).status).to.equal('unavailable');
      const rpc = await station(csms, 'CS-Q');
      expect(result(await rpc.call('BootNotification', boot201)).status).to.equal('Pending');
      await csms.perform('configureCsms', { setting: 'bootStatus', value: 'Accepted', stationId: 'CS-Q' });
      expect(result(await rpc.call('BootNotification', boot201)).status).to.equal('Accepted');
      expect((result(await rpc.call('Authorize', { idToken: { idToken: 'NEW-1', type: 'ISO14443' } })).idTokenInfo as Payload).status).to.equal('Blocked');
    });

    it('builds a schema-valid default payload for every message it knows, per version', async () => {
      const pki = await testPki();
      for (const version of ['2.0.1', '1.6'] as const) {
        const csms = await startCsms({ versions: [version], pki });
        const rpc = await booted(csms, `CS-B-${version}`, { version });
        await (version === '1.6'
          ? rpc.call('StartTransaction', { connectorId: 1, idTag: 'TOKEN-OK', meterStart: 0, timestamp: NOW() })
          : rpc.call('TransactionEvent', { eventType: 'Started', timestamp: NOW(), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-B' } }));
        const schemas = SchemaRegistry.for(version);
        for (const action of csms.buildableActions(version)) {
          const check = schemas.validate(action, 'request', csms.buildRequest(`CS-B-${version}`, action));
          expect(check.valid, `${version} ${action}: ${check.message ?? ''}`).to.equal(true);
        }
        await csms.stop();
      }
    });
  });

  describe('OCPP 1.6', () => {
    it('boots, authorizes, issues transaction ids on StartTransaction and closes them on StopTransaction', async () => {
      const csms = await startCsms({ versions: ['1.6'] });
      const rpc = await booted(csms, 'CP-1', { version: '1.6' });
      expect(result(await rpc.call('Authorize', { idTag: 'TOKEN-OK' }))).to.deep.equal({ idTagInfo: { status: 'Accepted', parentIdTag: 'GROUP-1' } });
      expect((result(await rpc.call('Authorize', { idTag: 'NOBODY' })).idTagInfo as Payload).status).to.equal('Invalid');
      const started = result(await rpc.call('StartTransaction', { connectorId: 1, idTag: 'TOKEN-OK', meterStart: 100, timestamp: NOW() }));
      expect(started.transactionId).to.be.a('number');
      expect((started.idTagInfo as Payload).status).to.equal('Accepted');
      expect(result(await rpc.call('MeterValues', { connectorId: 1, transactionId: started.transactionId, meterValue: [{ timestamp: NOW(), sampledValue: [{ value: '150' }] }] }))).to.deep.equal({});
      const remoteStop = await performAnswering(csms, rpc, 'csmsSend', { action: 'RemoteStopTransaction', stationId: 'CP-1' }, { status: 'Accepted' });
      expect(remoteStop.call.payload).to.deep.equal({ transactionId: started.transactionId });
      const stopped = result(await rpc.call('StopTransaction', { transactionId: started.transactionId, meterStop: 200, timestamp: NOW(), idTag: 'TOKEN-OK', reason: 'Remote' }));
      expect((stopped.idTagInfo as Payload).status).to.equal('Accepted');
      expect(csms.transactions('CP-1')[0]).to.include({ state: 'Ended', meterStart: 100, meterStop: 200, stoppedReason: 'Remote' });
    });

    it('sends RemoteStartTransaction and Reset with 1.6 defaults', async () => {
      const csms = await startCsms({ versions: ['1.6'] });
      const rpc = await booted(csms, 'CP-2', { version: '1.6' });
      const start = await performAnswering(csms, rpc, 'csmsSend', { action: 'RemoteStartTransaction', stationId: 'CP-2' }, { status: 'Accepted' });
      expect(start.call.payload).to.deep.equal({ idTag: 'TOKEN-OK', connectorId: 1 });
      const reset = await performAnswering(csms, rpc, 'csmsSend', { action: 'Reset', stationId: 'CP-2', hint: { type: 'Hard' } }, { status: 'Accepted' });
      expect(reset.call.payload).to.deep.equal({ type: 'Hard' });
    });

    it('refuses untriggered CALLs of a Pending station but takes the message it triggered', async () => {
      const csms = await startCsms({ versions: ['1.6'], stations: [{ id: 'CP-P', bootStatus: 'Pending' }] });
      const rpc = await station(csms, 'CP-P', { version: '1.6' });
      expect(result(await rpc.call('BootNotification', boot16)).status).to.equal('Pending');
      expect(errorCode(await rpc.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' }))).to.equal('SecurityError');
      await performAnswering(csms, rpc, 'csmsSend', { action: 'TriggerMessage', stationId: 'CP-P', hint: { requestedMessage: 'StatusNotification' } }, { status: 'Accepted' });
      expect(result(await rpc.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available' }))).to.deep.equal({});
    });
  });

  describe('connection security', () => {
    it('profile 1: connects with the right password, answers 401 to a wrong password, a wrong username or an unknown station', async () => {
      const csms = await startCsms({ securityProfile: 1, stations: [{ id: 'CS-S', password: 'correct-horse-battery-staple' }] });
      await station(csms, 'CS-S', { profile: 1, basicAuth: { password: 'correct-horse-battery-staple' } });
      const refused = async (id: string, basicAuth: OcppClientOptions['basicAuth']) => {
        try {
          await station(csms, id, { profile: 1, basicAuth });
        } catch (err) {
          return isHarnessError(err, 'OCPPH_ERR_HTTP_STATUS') && err.details?.status === 401;
        }
        return false;
      };
      expect(await refused('CS-S', { password: 'wrong-password-0000' })).to.equal(true);
      expect(await refused('CS-S', { username: 'CS-OTHER', password: 'correct-horse-battery-staple' })).to.equal(true);
      expect(await refused('CS-UNKNOWN', { password: 'correct-horse-battery-staple' })).to.equal(true);
    });

    it('profile 2: serves the PKI\'s server certificate over TLS 1.2 or newer', async () => {
      const pki = await testPki();
      const csms = await startCsms({ securityProfile: 2, pki, password: 'open-sesame-0123456789' });
      expect(csms.url.startsWith('wss://')).to.equal(true);
      const rpc = await station(csms, 'CS-TLS', { profile: 2, basicAuth: { password: 'open-sesame-0123456789' }, tls: { ca: pki.get('csms-root').certPem } });
      expect(result(await rpc.call('BootNotification', boot201)).status).to.equal('Accepted');
      expect(csms.session('CS-TLS')?.info.tls?.protocol).to.match(/^TLSv1\.[23]$/);
    });

    it('profile 3: admits the station certificate, refuses a station without one', async () => {
      const pki = await testPki();
      const csms = await startCsms({ securityProfile: 3, pki });
      const ca = pki.get('csms-root').certPem;
      const station3 = { cert: pki.chainPem('station'), key: pki.get('station').keyPem, ca };
      await station(csms, PKI_STATION_ID, { profile: 3, tls: station3 });
      expect(csms.session(PKI_STATION_ID)?.info.tls?.clientCert?.commonName).to.equal(PKI_STATION_ID);
      let failed = false;
      try {
        await station(csms, PKI_STATION_ID, { profile: 3, tls: { ca } });
      } catch {
        failed = true;
      }
      expect(failed).to.equal(true);
    });

    it('profile 3: checks the CSO name in the client certificate\'s O when configured (A00.FR.404)', async () => {
      const pki = await testPki();
      const tls = { cert: pki.chainPem('station'), key: pki.get('station').keyPem, ca: pki.get('csms-root').certPem };
      const ours = await startCsms({ securityProfile: 3, pki, organization: pki.params.org });
      await station(ours, PKI_STATION_ID, { profile: 3, tls });
      const theirs = await startCsms({ securityProfile: 3, pki, organization: 'Another CSO' });
      const refused = nextEvent<{ status: number }>(theirs, 'rejected');
      let failed = false;
      try {
        await station(theirs, PKI_STATION_ID, { profile: 3, tls });
      } catch (err) {
        failed = isHarnessError(err, 'OCPPH_ERR_HTTP_STATUS');
      }
      expect(failed).to.equal(true);
      expect((await refused).status).to.equal(401);
    });
  });

  describe('interop with an independent OCPP peer (ocpp-rpc)', () => {
    for (const version of ['2.0.1', '1.6'] as const) {
      it(`boots an ocpp-rpc RPCClient on OCPP ${version} (strict mode checks the CSMS's answers)`, async () => {
        const csms = await startCsms({ versions: [version] });
        const client = await connectPeerClient({ url: csms.url, identity: `RPC-${version}`, protocols: [version === '1.6' ? 'ocpp1.6' : 'ocpp2.0.1'] });
        cleanup.add(client, (c) => c.close({ force: true }));
        const boot = await client.call('BootNotification', version === '1.6' ? boot16 : boot201) as Payload;
        expect(boot.status).to.equal('Accepted');
        const hb = await client.call('Heartbeat', {}) as Payload;
        expect(hb.currentTime).to.be.a('string');
        const resetSeen = new Promise<Payload>((resolve) => client.handle('Reset', ({ params }) => {
          resolve(params ?? {});
          return { status: 'Accepted' };
        }));
        const r = await csms.perform('csmsSend', { action: 'Reset', stationId: `RPC-${version}` });
        expect(r.status).to.equal('done');
        expect(await within(resetSeen, 'Reset at the ocpp-rpc client')).to.deep.equal({ type: version === '1.6' ? 'Soft' : 'Immediate' });
      });
    }
  });

  describe('sim csms command', () => {
    it('parses --station and --id-token specs and checks profile prerequisites', () => {
      expect(parseStation('CS1')).to.deep.equal({ id: 'CS1' });
      expect(parseStation('CS1:secret-pass:Pending')).to.deep.equal({ id: 'CS1', password: 'secret-pass', bootStatus: 'Pending' });
      expect(() => parseStation('CS1:x:Maybe')).to.throw(/boot status/);
      expect(parseIdToken('AB12:Blocked')).to.deep.equal({ idToken: 'AB12', status: 'Blocked' });
      const flags = { port: 0, host: '127.0.0.1', ocpp: '2.0.1' as const, securityProfile: 1 as const, logLevel: 'error' as const };
      expect(() => csmsOptionsFromFlags(flags, () => undefined)).to.throw(/password/);
      expect(() => csmsOptionsFromFlags({ ...flags, securityProfile: 0, fault: ['no-such-fault'] }, () => undefined)).to.throw(/unknown csms fault/);
      expect(csmsOptionsFromFlags({ ...flags, password: 'p' }, () => undefined)).to.include({ securityProfile: 1, password: 'p' });
    });

    it('runs until aborted, prints its URL and takes operator actions on the control endpoint', async () => {
      let printed = '';
      const out = { write: (s: string) => { printed += s; return true; } };
      const abort = new AbortController();
      const running = runSimCsms({ port: 0, host: '127.0.0.1', ocpp: '2.0.1', securityProfile: 0, controlPort: 0, logLevel: 'error' }, abort.signal, out);
      cleanup.add(abort, (a) => a.abort());
      const deadline = Date.now() + 5_000;
      while (!printed.includes('control endpoint') && Date.now() < deadline) await new Promise((r) => setImmediate(r));
      const url = /listening on (ws:\/\/\S+)\/<stationId>/.exec(printed)?.[1];
      const control = /POST (http:\/\/\S+)\/operator/.exec(printed)?.[1];
      expect(url, printed).to.be.a('string');
      expect(control, printed).to.be.a('string');
      const { rpc } = await connectClient({ url: String(url), stationId: 'ANY-CHARGER', versions: ['2.0.1'], securityProfile: 0 });
      cleanup.add(rpc, (r) => r.close());
      expect(result(await rpc.call('BootNotification', boot201)).status).to.equal('Accepted');
      const incoming = nextEvent<IncomingCall>(rpc, 'call');
      const posted = fetch(`${String(control)}/operator`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'csmsSend', params: { action: 'ClearCache', stationId: 'ANY-CHARGER' }, caseId: 'TC_X' }),
      });
      const call = await incoming;
      rpc.respond(call.messageId, { status: 'Accepted' });
      const res = await posted;
      expect(res.status).to.equal(200);
      expect((await res.json() as { data: { outcome: unknown } }).data.outcome).to.deep.equal({ kind: 'result', payload: { status: 'Accepted' } });
      abort.abort();
      await within(running, 'sim csms to stop');
    });
  });
});
