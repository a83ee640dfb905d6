import type { CaseInfo, CaseResult, FrameRecord, RunEvent, RunResults, StepRecord, SutIdentity } from '../../src/engine/model.js';
import { summarize } from '../../src/engine/model.js';
import { computeReadiness, type ProfileReadiness } from '../../src/report/readiness.js';

/** A vendor string that would run script if any writer forgot to escape it. */
export const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

/** A private key a SUT (or a careless fixture) put on the wire; no report may print it. */
export const PRIVATE_KEY = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu',
  'KUpRKfFLfRYC9AIKjbJTWit+CqvjWYzvQwECAwEAAQJAIJLixBy2qpFoS4DSmoEm',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

export const T0 = Date.parse('2025-03-01T10:00:00.000Z');

const SUT: SutIdentity = { role: 'CS', version: '2.0.1', endpoint: 'ws://0.0.0.0:9220/ocpp', stationId: 'CS-LAB-01' };

export const BOOTED_SUT: SutIdentity = {
  ...SUT,
  vendor: HOSTILE,
  model: 'Wallbox "Pro" & <Co>',
  serialNumber: 'SN-0042',
  firmwareVersion: '1.2.3-rc1',
};

function info(id: string, title: string, block: string, profiles: CaseInfo['profiles'], covers: string[]): CaseInfo {
  return { id, title, version: '2.0.1', sut: 'CS', profiles, covers, catches: [], block };
}

const M = (profile: string) => ({ profile, mandatory: true });
const C = (profile: string, condition: string) => ({ profile, mandatory: false, condition });

/** The cases of the fake run, in order, with what each should end as. */
export const FAKE_CASES = {
  boot: info('TC_B_01_CS', 'Cold boot charging station', 'B', [M('Core')], ['B01.FR.01', 'B01.FR.02']),
  bootReason: info('TC_B_02_CS', 'Cold boot - boot reason reported', 'B', [M('Core')], ['B01.FR.05']),
  localAuth: info('TC_C_01_CS', 'Local start - authorized by local list', 'C', [C('Core', 'C-01 supports local authorization list')], ['C01.FR.01']),
  plugIn: info('TC_E_03_CS', 'Start transaction - cable plugged in first', 'E', [M('Core')], ['E02.FR.01']),
  profile: info('TC_K_01_CS', 'Set charging profile - TxDefaultProfile', 'K', [M('Smart Charging')], ['K01.FR.01']),
  clear: info('TC_K_02_CS', 'Clear charging profile', 'K', [M('Smart Charging'), C('Core', 'C-15 supports smart charging')], ['K10.FR.01']),
  certs: info('TC_A_05_CS', 'Update charging station certificate by request of CSMS', 'A', [M('Advanced Security')], ['A02.FR.02']),
} as const;

export const PLANNED: CaseInfo[] = Object.values(FAKE_CASES);

/** Expected matrix counts for FAKE_CASES (mandatory: passed, failed, notRun, na / conditional: same). */
export const EXPECTED_MATRIX: Record<string, { m: [number, number, number, number]; c: [number, number, number, number]; readiness: string }> = {
  Core: { m: [1, 1, 1, 0], c: [1, 0, 0, 1], readiness: 'Not ready' },
  'Smart Charging': { m: [1, 0, 1, 0], c: [0, 0, 0, 0], readiness: 'Incomplete' },
  'Advanced Security': { m: [1, 0, 0, 0], c: [0, 0, 0, 0], readiness: 'Ready' },
};

export const FAIL_REASON = `BootNotificationRequest.reason was "Triggered", expected "PowerUp"; the SUT also sent chargingStation.vendorName ${HOSTILE}`;

class CaseBuilder {
  readonly steps: StepRecord[] = [];
  readonly frames: FrameRecord[] = [];
  t: number;
  private msg = 1;

  constructor(
    readonly info: CaseInfo,
    readonly start: number,
  ) {
    this.t = start;
  }

  step(text: string, outcome: StepRecord['outcome'] = 'ok'): StepRecord {
    this.t += 7;
    const s = { t: this.t, text, outcome };
    this.steps.push(s);
    return s;
  }

  frame(dir: 'tx' | 'rx', message: unknown[] | string, action: string, extra: Partial<FrameRecord> = {}): FrameRecord {
    this.t += 13;
    const f: FrameRecord = { t: this.t, dir, raw: typeof message === 'string' ? message : JSON.stringify(message), action, ...extra };
    this.frames.push(f);
    return f;
  }

  /** A CALL from `dir` and its CALLRESULT from the other side. */
  exchange(dir: 'tx' | 'rx', action: string, request: object, response: object): void {
    const id = `${dir === 'tx' ? 'h' : 's'}-${this.msg++}`;
    this.frame(dir, [2, id, action, request], action);
    this.frame(dir === 'tx' ? 'rx' : 'tx', [3, id, response], action);
  }

  base() {
    return { ...this.info, sutRole: 'CS' as const, startedAt: new Date(this.start).toISOString(), durationMs: this.t - this.start + 5, steps: this.steps, frames: this.frames };
  }
}

function bootPayload(vendorName: string, reason = 'PowerUp') {
  return { reason, chargingStation: { vendorName, model: BOOTED_SUT.model, serialNumber: 'SN-0042', firmwareVersion: '1.2.3-rc1' } };
}

/** A realistic event sequence: every verdict, findings, an offending frame, hostile SUT text and a leaked key. */
export function fakeRunEvents(): RunEvent[] {
  const events: RunEvent[] = [];
  let clock = T0;
  const begin = (c: CaseInfo) => {
    clock += 100;
    const b = new CaseBuilder(c, clock);
    events.push({ type: 'caseBegin', info: c, t: clock });
    return b;
  };
  const end = (b: CaseBuilder, result: CaseResult) => {
    for (const s of b.steps) events.push({ type: 'step', caseId: b.info.id, step: s });
    for (const f of b.frames) events.push({ type: 'frame', caseId: b.info.id, frame: f });
    events.push({ type: 'caseEnd', result });
    clock = b.t;
  };

  events.push({ type: 'runBegin', startedAt: new Date(T0).toISOString(), tool: { name: 'ocpp-harness', version: '0.1.0' }, sut: SUT, config: { csms: { port: 9220, password: '***' } }, ics: { version: '2.0.1', profiles: ['Core', 'Smart Charging', 'Advanced Security'], evses: 2, connectorsPerEvse: 1, idTokenTypes: ['ISO14443', 'Central'], securityProfile: 2, localAuthList: false }, planned: PLANNED });

  let b = begin(FAKE_CASES.boot);
  b.step('operator: power on the charging station', 'info');
  b.step('expect BootNotification');
  b.exchange('rx', 'BootNotification', bootPayload(HOSTILE), { currentTime: '2025-03-01T10:00:00.200Z', interval: 300, status: 'Accepted' });
  b.step('respond BootNotification (Accepted)');
  b.exchange('rx', 'StatusNotification', { timestamp: '2025-03-01T10:00:00.300Z', connectorStatus: 'Available', evseId: 1, connectorId: 1 }, {});
  b.exchange('rx', 'StatusNotification', { timestamp: '2025-03-01T10:00:00.310Z', connectorStatus: 'Available', evseId: 2, connectorId: 1 }, {});
  b.step('expect StatusNotification x2');
  end(b, { ...b.base(), verdict: 'PASS' });
  events.push({ type: 'sutIdentity', sut: BOOTED_SUT });

  b = begin(FAKE_CASES.bootReason);
  b.step('operator: reboot the charging station', 'info');
  b.frame('rx', [2, 's-9', 'BootNotification', { ...bootPayload('Acme </script><script>window.__pwned=3</script>', 'Triggered'), note: 'line\u2028separator' }], 'BootNotification', {
    offending: true,
    findings: ['B01.FR.05: reason must be PowerUp after a cold boot', 'schema: chargingStation.vendorName longer than 50 characters'],
  });
  b.step('expect BootNotification with reason PowerUp', 'fail');
  b.frame('tx', [3, 's-9', { currentTime: '2025-03-01T10:00:01.000Z', interval: 300, status: 'Accepted' }], 'BootNotification');
  b.frame('rx', '{"not json', 'BootNotification', { findings: ['malformed JSON frame'] });
  end(b, { ...b.base(), verdict: 'FAIL', reason: FAIL_REASON, requirement: 'B01.FR.05', offendingFrame: 0 });

  b = begin(FAKE_CASES.localAuth);
  end(b, { ...b.base(), verdict: 'NOT_APPLICABLE', reason: 'ICS does not claim a local authorization list (localAuthList: false)' });

  b = begin(FAKE_CASES.plugIn);
  b.step('operator: plug in the cable', 'info');
  b.step('operator skipped the step', 'fail');
  end(b, { ...b.base(), verdict: 'INCONCLUSIVE', reason: 'operator skipped "plug in the cable"' });

  b = begin(FAKE_CASES.profile);
  b.step('send SetChargingProfile');
  end(b, { ...b.base(), verdict: 'ERROR', reason: 'harness: fixture charging-profiles/tx-default.json not found' });

  b = begin(FAKE_CASES.clear);
  b.exchange('tx', 'ClearChargingProfile', { chargingProfileId: 1 }, { status: 'Accepted' });
  b.step('send ClearChargingProfile, expect Accepted');
  end(b, { ...b.base(), verdict: 'PASS' });

  b = begin(FAKE_CASES.certs);
  b.exchange('rx', 'SignCertificate', { csr: '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----', note: `oops ${PRIVATE_KEY}` }, { status: 'Accepted' });
  b.step('expect SignCertificate, respond Accepted');
  end(b, { ...b.base(), verdict: 'PASS' });

  const cases = events.filter((e): e is Extract<RunEvent, { type: 'caseEnd' }> => e.type === 'caseEnd').map((e) => e.result);
  events.push({ type: 'runEnd', finishedAt: new Date(clock + 50).toISOString(), summary: summarize(cases) });
  return events;
}

/**
 * The results with readiness over the run's own cases only (no official catalogue scope), for tests
 * about how the writers show the cases that ran; test/report/readiness.test.ts covers the scope.
 */
export function runOnly<T extends RunResults>(results: T): T & { readiness: ProfileReadiness[] } {
  return { ...results, readiness: computeReadiness(results.cases, { unfinished: results.unfinished === true }) };
}
