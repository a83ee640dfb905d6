/**
 * Every CSMS fault of the registry, shown to change what the reference CSMS does: the same probe
 * runs against a conformant CSMS and against one with the fault, and the two observations differ
 * in the way the fault describes.
 */
import { expect } from 'chai';
import { isHarnessError } from '../../src/errors.js';
import type { CallOutcome, IncomingCall, RpcConnection } from '../../src/rpc/connection.js';
import type { Payload } from '../../src/rpc/codec.js';
import type { Finding } from '../../src/rpc/findings.js';
import type { OcppVersion } from '../../src/rpc/versions.js';
import { connectClient, type OcppClientOptions } from '../../src/transport/client.js';
import type { TlsOptions } from '../../src/transport/security.js';
import type { SecurityProfile } from '../../src/domain/security-profile.js';
import { ReferenceCsms } from '../../src/simulators/csms/csms.js';
import { CSMS_FAULTS } from '../../src/simulators/csms/faults.js';
import type { ReferenceCsmsOptions } from '../../src/simulators/csms/types.js';
import { testPki, PKI_STATION_ID, type Pki } from '../helpers/pki.js';
import { Cleanup, collect, nextEvent } from '../helpers/wait.js';

const NOW = () => new Date().toISOString();
const boot201 = { reason: 'PowerUp', chargingStation: { vendorName: 'Harness', model: 'Loopback' } };
const boot16 = { chargePointVendor: 'Harness', chargePointModel: 'Loopback' };
const PASSWORD = 'right-password-0123456789';
const TOKENS = [
  { idToken: 'TOKEN-OK', type: 'ISO14443', status: 'Accepted' },
  { idToken: 'TOKEN-BLOCKED', type: 'ISO14443', status: 'Blocked' },
];

interface StationOptions {
  id?: string;
  version?: OcppVersion;
  profile?: SecurityProfile;
  basicAuth?: OcppClientOptions['basicAuth'];
  tls?: TlsOptions;
  callTimeoutMs?: number;
}

interface Probe {
  csms: ReferenceCsms;
  pki: Pki;
  /** Connects a station (closed after the test). */
  station(o?: StationOptions): Promise<RpcConnection>;
  /** Connects and boots a station; its answers to CSMS calls are `{status: 'Accepted'}` unless `manual`. */
  booted(o?: StationOptions & { manual?: boolean }): Promise<RpcConnection>;
  /** 'connected' or 'refused'. */
  tryConnect(o: StationOptions): Promise<string>;
}

interface FaultCase {
  fault: string;
  version?: OcppVersion;
  options?: (pki: Pki) => Partial<ReferenceCsmsOptions>;
  probe: (p: Probe) => Promise<unknown>;
  /** What the conformant CSMS shows, then the faulty one. */
  good: unknown;
  bad: unknown;
}

function payloadOf(o: CallOutcome): Payload {
  if (o.kind !== 'result') throw new Error(`expected a CALLRESULT, got ${o.kind}${o.kind === 'error' ? ` ${o.errorCode}` : ''}`);
  return o.payload;
}

/** Performs csmsSend and returns the CALL the station received. */
async function sentToStation(p: Probe, rpc: RpcConnection, action: string, hint: Payload = {}): Promise<Payload> {
  const incoming = nextEvent<IncomingCall>(rpc, 'call', { filter: (c) => c.action === action, timeoutMs: 3_000 });
  const result = await p.csms.perform('csmsSend', { action, stationId: 'CS001', hint });
  if (result.status !== 'done') throw new Error(`csmsSend ${action}: ${result.reason}`);
  return (await incoming).payload;
}

/** A TransactionEvent of a station; `extra` goes into transactionInfo (chargingState, stoppedReason) or the request (offline, idToken). */
function txEvent(transactionId: string, eventType: string, triggerReason: string, seqNo: number, extra: Payload = {}): Payload {
  const { chargingState, stoppedReason, ...rest } = extra;
  return {
    eventType, timestamp: NOW(), triggerReason, seqNo, ...rest,
    transactionInfo: { transactionId, ...(chargingState ? { chargingState } : {}), ...(stoppedReason ? { stoppedReason } : {}) },
  };
}

/** Sends the events in order and returns how each was answered. */
async function txOutcomes(rpc: RpcConnection, events: Payload[]): Promise<string[]> {
  const kinds: string[] = [];
  for (const e of events) kinds.push((await rpc.call('TransactionEvent', e)).kind);
  return kinds;
}

const idTokenStatus = async (rpc: RpcConnection, idToken: string) =>
  (payloadOf(await rpc.call('Authorize', { idToken: { idToken, type: 'ISO14443' } })).idTokenInfo as Payload).status;

const CASES: FaultCase[] = [
  {
    fault: 'accepts-wrong-password',
    options: () => ({ securityProfile: 1, stations: [{ id: 'CS001', password: PASSWORD }] }),
    probe: (p) => p.tryConnect({ profile: 1, basicAuth: { password: 'wrong-password-000000' } }),
    good: 'refused', bad: 'connected',
  },
  {
    fault: 'accepts-username-mismatch',
    options: (pki) => ({ securityProfile: 2, pki, stations: [{ id: 'CS001', password: PASSWORD }] }),
    probe: async (p) => {
      const verdict = await p.tryConnect({ profile: 2, basicAuth: { username: 'SOMEONE-ELSE', password: PASSWORD }, tls: { ca: p.pki.get('csms-root').certPem } });
      // The password is still checked behind the lenient username check.
      const wrongPassword = await p.tryConnect({ profile: 2, basicAuth: { username: 'SOMEONE-ELSE', password: 'wrong-password-000000' }, tls: { ca: p.pki.get('csms-root').certPem } });
      return [verdict, wrongPassword];
    },
    good: ['refused', 'refused'], bad: ['connected', 'refused'],
  },
  {
    fault: 'accepts-missing-client-cert',
    options: (pki) => ({ securityProfile: 3, pki }),
    probe: (p) => p.tryConnect({ profile: 3, tls: { ca: p.pki.get('csms-root').certPem } }),
    good: 'refused', bad: 'connected',
  },
  {
    fault: 'accepts-unknown-client-cert',
    options: (pki) => ({ securityProfile: 3, pki }),
    probe: async (p) => {
      const ca = p.pki.get('csms-root').certPem;
      const unknown = await p.tryConnect({ profile: 3, tls: { ca, cert: p.pki.get('self-signed-station').certPem, key: p.pki.get('self-signed-station').keyPem } });
      const good = await p.tryConnect({ profile: 3, tls: { ca, cert: p.pki.chainPem('station'), key: p.pki.get('station').keyPem } });
      return [unknown, good];
    },
    good: ['refused', 'connected'], bad: ['connected', 'connected'],
  },
  {
    fault: 'tls-accepts-1.1',
    options: (pki) => ({ securityProfile: 2, pki, password: PASSWORD }),
    probe: async (p) => {
      const verdict = await p.tryConnect({ profile: 2, basicAuth: { password: PASSWORD }, tls: { ca: p.pki.get('csms-root').certPem, minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' } });
      return [verdict, p.csms.session(PKI_STATION_ID)?.info.tls?.protocol ?? null];
    },
    good: ['refused', null], bad: ['connected', 'TLSv1.1'],
  },
  {
    fault: 'expired-server-cert',
    options: (pki) => ({ securityProfile: 2, pki, password: PASSWORD }),
    probe: async (p) => {
      try {
        await p.station({ profile: 2, basicAuth: { password: PASSWORD }, tls: { ca: p.pki.get('csms-root').certPem } });
        return 'connected';
      } catch (err) {
        return isHarnessError(err, 'OCPPH_ERR_TLS') && /expired/i.test(err.message) ? 'refused: certificate expired' : `refused: ${(err as Error).message}`;
      }
    },
    good: 'connected', bad: 'refused: certificate expired',
  },
  {
    fault: 'boot-no-interval',
    options: () => ({ heartbeatInterval: 300 }),
    probe: async (p) => payloadOf(await (await p.station()).call('BootNotification', boot201)).interval,
    good: 300, bad: 0,
  },
  {
    fault: 'boot-rejects-known-station',
    options: () => ({ stations: [{ id: 'CS001', bootStatus: 'Accepted' }] }),
    probe: async (p) => payloadOf(await (await p.station()).call('BootNotification', boot201)).status,
    good: 'Accepted', bad: 'Rejected',
  },
  {
    fault: 'pending-accepts-calls',
    options: () => ({ stations: [{ id: 'CS001', bootStatus: 'Pending' }] }),
    probe: async (p) => {
      const rpc = await p.station();
      await rpc.call('BootNotification', boot201);
      const hb = await rpc.call('Heartbeat', {});
      return hb.kind === 'error' ? hb.errorCode : hb.kind;
    },
    good: 'SecurityError', bad: 'result',
  },
  {
    fault: 'sends-while-rejected',
    options: () => ({ stations: [{ id: 'CS001', bootStatus: 'Rejected' }] }),
    probe: async (p) => {
      const rpc = await p.station();
      rpc.on('call', (c: IncomingCall) => rpc.respond(c.messageId, { status: 'Accepted' }));
      await rpc.call('BootNotification', boot201);
      return (await p.csms.perform('csmsSend', { action: 'Reset', stationId: 'CS001' })).status;
    },
    good: 'unavailable', bad: 'done',
  },
  {
    fault: 'heartbeat-wrong-time',
    probe: async (p) => {
      const rpc = await p.booted();
      const hb = payloadOf(await rpc.call('Heartbeat', {}));
      return Math.abs(Date.parse(String(hb.currentTime)) - Date.now()) < 60_000 ? 'about now' : 'far off';
    },
    good: 'about now', bad: 'far off',
  },
  {
    fault: 'reset-wrong-type',
    probe: async (p) => (await sentToStation(p, await p.booted(), 'Reset', { type: 'Immediate' })).type,
    good: 'Immediate', bad: 'OnIdle',
  },
  {
    fault: 'authorize-accepts-invalid',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => idTokenStatus(await p.booted(), 'NOBODY-KNOWS-ME'),
    good: 'Unknown', bad: 'Accepted',
  },
  {
    fault: 'authorize-ignores-blocked',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => idTokenStatus(await p.booted(), 'TOKEN-BLOCKED'),
    good: 'Blocked', bad: 'Accepted',
  },
  {
    fault: 'tx-no-idtokeninfo',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => {
      const rpc = await p.booted();
      const answer = payloadOf(await rpc.call('TransactionEvent', {
        eventType: 'Started', timestamp: NOW(), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-F' },
        idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' },
      }));
      return 'idTokenInfo' in answer;
    },
    good: true, bad: false,
  },
  {
    fault: 'tx-start-rejected',
    version: '1.6',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => {
      const rpc = await p.booted({ version: '1.6' });
      const answer = payloadOf(await rpc.call('StartTransaction', { connectorId: 1, idTag: 'TOKEN-OK', meterStart: 0, timestamp: NOW() }));
      return (answer.idTagInfo as Payload).status;
    },
    good: 'Accepted', bad: 'Invalid',
  },
  {
    fault: 'request-start-wrong-token',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => {
      const request = await sentToStation(p, await p.booted(), 'RequestStartTransaction', { idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' } });
      return (request.idToken as Payload).idToken;
    },
    good: 'TOKEN-OK', bad: 'NOT-THE-ASKED-TOKEN',
  },
  {
    fault: 'request-stop-wrong-transaction',
    probe: async (p) => {
      const rpc = await p.booted();
      await rpc.call('TransactionEvent', { eventType: 'Started', timestamp: NOW(), triggerReason: 'CablePluggedIn', seqNo: 0, transactionInfo: { transactionId: 'TX-9' } });
      return (await sentToStation(p, rpc, 'RequestStopTransaction')).transactionId;
    },
    good: 'TX-9', bad: 'no-such-transaction',
  },
  {
    fault: 'tx-accepts-invalid-idtoken',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => {
      const answer = payloadOf(await (await p.booted()).call('TransactionEvent', {
        eventType: 'Started', timestamp: NOW(), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-I' },
        idToken: { idToken: 'TOKEN-NOBODY-KNOWS', type: 'ISO14443' },
      }));
      return (answer.idTokenInfo as Payload).status;
    },
    good: 'Unknown', bad: 'Accepted',
  },
  {
    fault: 'tx-start-only-authorized',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-S1', 'Started', 'Authorized', 0, { idToken: { idToken: 'T', type: 'Central' } }),
      txEvent('TX-S2', 'Started', 'CablePluggedIn', 0),
    ]),
    good: ['result', 'result'], bad: ['result', 'error'],
  },
  {
    fault: 'tx-stop-only-evconnected',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-E1', 'Started', 'CablePluggedIn', 0), txEvent('TX-E1', 'Ended', 'EVCommunicationLost', 1, { stoppedReason: 'EVDisconnected' }),
      txEvent('TX-E2', 'Started', 'CablePluggedIn', 0), txEvent('TX-E2', 'Ended', 'StopAuthorized', 1, { stoppedReason: 'Local' }),
    ]),
    good: ['result', 'result', 'result', 'result'], bad: ['result', 'result', 'result', 'error'],
  },
  {
    fault: 'tx-stop-only-authorized',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-A1', 'Started', 'CablePluggedIn', 0), txEvent('TX-A1', 'Ended', 'StopAuthorized', 1, { stoppedReason: 'Local' }),
      txEvent('TX-A2', 'Started', 'CablePluggedIn', 0), txEvent('TX-A2', 'Ended', 'EVCommunicationLost', 1, { stoppedReason: 'EVDisconnected' }),
    ]),
    good: ['result', 'result', 'result', 'result'], bad: ['result', 'result', 'result', 'error'],
  },
  {
    fault: 'tx-suspended-ev-unhandled',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-V', 'Started', 'CablePluggedIn', 0, { chargingState: 'EVConnected' }),
      txEvent('TX-V', 'Updated', 'ChargingStateChanged', 1, { chargingState: 'SuspendedEV' }),
    ]),
    good: ['result', 'result'], bad: ['result', 'error'],
  },
  {
    fault: 'tx-ev-disconnect-ends-transaction',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-D', 'Started', 'CablePluggedIn', 0), txEvent('TX-D', 'Updated', 'EVCommunicationLost', 1, { chargingState: 'Idle' }),
      txEvent('TX-D', 'Updated', 'CablePluggedIn', 2, { chargingState: 'EVConnected' }),
    ]),
    good: ['result', 'result', 'result'], bad: ['result', 'result', 'error'],
  },
  {
    fault: 'tx-seqno-per-station',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-N1', 'Started', 'CablePluggedIn', 0), txEvent('TX-N1', 'Ended', 'EVCommunicationLost', 1, { stoppedReason: 'EVDisconnected' }),
      txEvent('TX-N2', 'Started', 'CablePluggedIn', 0),
    ]),
    good: ['result', 'result', 'result'], bad: ['result', 'result', 'error'],
  },
  {
    fault: 'tx-rejects-seqno-gap',
    probe: async (p) => txOutcomes(await p.booted(), [
      txEvent('TX-G', 'Started', 'CablePluggedIn', 0), txEvent('TX-G', 'Ended', 'EVCommunicationLost', 3, { stoppedReason: 'EVDisconnected', offline: true }),
      txEvent('TX-G', 'Updated', 'StopAuthorized', 1, { offline: true }),
    ]),
    good: ['result', 'result', 'result'], bad: ['result', 'error', 'result'],
  },
  {
    fault: 'transaction-status-wrong-transaction',
    probe: async (p) => (await sentToStation(p, await p.booted(), 'GetTransactionStatus', { transactionId: 'TX-7' })).transactionId,
    good: 'TX-7', bad: 'no-such-transaction',
  },
  {
    fault: 'transaction-status-adds-transaction',
    probe: async (p) => {
      const rpc = await p.booted();
      await rpc.call('TransactionEvent', txEvent('TX-8', 'Started', 'CablePluggedIn', 0));
      return (await sentToStation(p, rpc, 'GetTransactionStatus')).transactionId ?? 'omitted';
    },
    good: 'omitted', bad: 'TX-8',
  },
  {
    fault: 'ignores-security-event',
    probe: async (p) => {
      const rpc = await p.booted({ callTimeoutMs: 400 });
      return (await rpc.call('SecurityEventNotification', { type: 'FirmwareUpdated', timestamp: NOW() })).kind;
    },
    good: 'result', bad: 'timeout',
  },
  {
    fault: 'schema-invalid-response',
    probe: async (p) => {
      const rpc = await p.station();
      const findings = collect<Finding>(rpc, 'finding');
      await rpc.call('BootNotification', boot201);
      return findings.map((f) => f.code);
    },
    good: [], bad: ['SCHEMA_VIOLATION'],
  },
  {
    fault: 'no-callerror-on-invalid',
    probe: async (p) => (await (await p.station()).call('BootNotification', { reason: 'PowerUp' })).kind,
    good: 'error', bad: 'result',
  },
  {
    fault: 'wrong-callerror-code',
    probe: async (p) => {
      const answer = await (await p.station()).call('BootNotification', { reason: 'PowerUp' });
      return answer.kind === 'error' ? answer.errorCode : answer.kind;
    },
    good: 'OccurrenceConstraintViolation', bad: 'GenericError',
  },
  {
    fault: 'second-call-while-pending',
    probe: async (p) => {
      const rpc = await p.booted({ manual: true });
      const calls = collect<IncomingCall>(rpc, 'call');
      const first = nextEvent<IncomingCall>(rpc, 'call', { timeoutMs: 3_000 });
      const done = p.csms.perform('csmsSend', { action: 'ClearCache', stationId: 'CS001' });
      await first;
      // A round trip of our own: whatever the CSMS wrote right behind its first CALL is here by now.
      await rpc.call('Heartbeat', {});
      const seen = calls.map((c) => c.action);
      for (const c of calls) rpc.respond(c.messageId, c.action === 'ClearCache' ? { status: 'Accepted' } : { status: 'Rejected' });
      await done;
      return seen;
    },
    good: ['ClearCache'], bad: ['ClearCache', 'TriggerMessage'],
  },
  {
    fault: 'hostile-strings',
    options: () => ({ idTokens: TOKENS }),
    probe: async (p) => {
      const rpc = await p.station();
      const findings = collect<Finding>(rpc, 'finding');
      const boot = payloadOf(await rpc.call('BootNotification', boot201));
      const auth = payloadOf(await rpc.call('Authorize', { idToken: { idToken: 'TOKEN-OK', type: 'ISO14443' } }));
      const text = JSON.stringify([boot, auth]);
      return { markup: text.includes('<script>'), schemaFindings: findings.length };
    },
    good: { markup: false, schemaFindings: 0 }, bad: { markup: true, schemaFindings: 0 },
  },
];

describe('reference CSMS faults', function () {
  this.timeout(10_000);
  const cleanup = new Cleanup();
  let pki: Pki;
  before(async () => {
    pki = await testPki();
  });
  afterEach(() => cleanup.run());

  function probeFor(csms: ReferenceCsms): Probe {
    const station = async (o: StationOptions = {}) => {
      const { rpc } = await connectClient({
        url: csms.url, stationId: o.id ?? PKI_STATION_ID, versions: [o.version ?? '2.0.1'], securityProfile: o.profile ?? 0,
        callTimeoutMs: o.callTimeoutMs ?? 2_000, ...(o.basicAuth ? { basicAuth: o.basicAuth } : {}), ...(o.tls ? { tls: o.tls } : {}),
      });
      cleanup.add(rpc, (r) => r.close());
      return rpc;
    };
    return {
      csms,
      pki,
      station,
      booted: async (o = {}) => {
        const rpc = await station(o);
        if (!o.manual) rpc.on('call', (c: IncomingCall) => rpc.respond(c.messageId, { status: 'Accepted' }));
        const boot = payloadOf(await rpc.call('BootNotification', o.version === '1.6' ? boot16 : boot201));
        expect(boot.status).to.equal('Accepted');
        return rpc;
      },
      tryConnect: async (o) => {
        try {
          await station(o);
          return 'connected';
        } catch {
          return 'refused';
        }
      },
    };
  }

  async function observe(c: FaultCase, faults: string[]): Promise<unknown> {
    const csms = new ReferenceCsms({ versions: [c.version ?? '2.0.1'], callTimeoutMs: 2_000, ...c.options?.(pki), faults });
    cleanup.add(csms, (x) => x.stop());
    await csms.start();
    return c.probe(probeFor(csms));
  }

  it('every CSMS fault has a probe below or is caught by a conformance case (proved by the conformance matrix)', async () => {
    const { loadCatalogue } = await import('../../src/engine/catalogue.js');
    const caught = new Set((await loadCatalogue()).cases.filter((c) => c.sut === 'CSMS').flatMap((c) => c.catches));
    const probed = new Set(CASES.map((c) => c.fault));
    expect(CSMS_FAULTS.map((f) => f.name).filter((n) => !probed.has(n) && !caught.has(n))).to.deep.equal([]);
    expect([...probed].filter((n) => !CSMS_FAULTS.some((f) => f.name === n)), 'probes of faults not in the registry').to.deep.equal([]);
  });

  for (const c of CASES) {
    it(`${c.fault}: ${CSMS_FAULTS.find((f) => f.name === c.fault)?.description ?? '(not in the registry)'}`, async () => {
      expect(await observe(c, []), 'conformant CSMS').to.deep.equal(c.good);
      expect(await observe(c, [c.fault]), `CSMS with ${c.fault}`).to.deep.equal(c.bad);
    });
  }
});
