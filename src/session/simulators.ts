import type { HarnessConfig } from '../config/config.js';
import type { SutRole } from '../engine/model.js';
import type { Pki } from '../pki/store.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { HarnessError } from '../errors.js';
import { FAULTS } from '../simulators/faults.js';
import { csmsBehaviour, stationBehaviour } from '../simulators/personalities.js';
import type { ActionTarget } from './operators.js';

/** A reference simulator started in-process as the SUT. */
export interface SimulatorHandle {
  target: ActionTarget;
  /** The CSMS simulator's URL (SUT = CSMS). */
  endpoint?: string;
  /** SUT = CSMS: its endpoint for another security profile (1.6 A05 upgrade), when it has one. */
  endpointFor?: (securityProfile: number) => string | undefined;
  stop(): Promise<void>;
}

/** Which reference simulator: its faults, and the personality it runs with (src/simulators/personalities.ts). */
export interface SimSelection {
  faults: string[];
  /** Default: the default personality. */
  personality?: string;
  /** The personality's shortened durations (reference runs: the conformance matrix). */
  shortDurations?: boolean;
}

export interface SimParams extends SimSelection {
  config: HarnessConfig;
  /** SUT = CS: where the harness listens. */
  endpoint?: string;
  pki: () => Promise<Pki>;
  password?: string;
}

/** Fails fast on a fault name the simulator of that role does not know. */
export function validateFaults(names: string[], sut: SutRole): void {
  const role = sut === 'CS' ? 'station' : 'csms';
  for (const n of names) {
    const f = FAULTS.find((x) => x.name === n && x.role === role);
    if (!f) {
      const known = FAULTS.filter((x) => x.role === role).map((x) => x.name).join(', ');
      throw new HarnessError('OCPPH_ERR_CONFIG', `--sim-fault: unknown ${role} simulator fault '${n}'; known: ${known}`);
    }
  }
}

export async function startReferenceSut(sut: SutRole, params: SimParams): Promise<SimulatorHandle> {
  validateFaults(params.faults, sut);
  const { config } = params;
  const profile = config.ics.securityProfile;
  const version = config.version === '2.1' ? undefined : config.version;
  if (!version) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference simulators speak OCPP 1.6 and 2.0.1 only');
  const personality = { version, reference: params.shortDurations ?? false };
  if (sut === 'CS') {
    if (!params.endpoint) throw new HarnessError('OCPPH_ERR_SIMULATOR', 'the reference station needs the harness endpoint');
    // Loaded on demand: a run against real hardware never loads the simulators.
    const { ReferenceStation } = await import('../simulators/station/station.js');
    const station = new ReferenceStation({
      url: params.endpoint, version, stationId: config.ics.station.id, securityProfile: profile,
      ...(params.password !== undefined ? { password: params.password } : {}),
      ...(profile >= 2 ? { certsDir: (await params.pki()).dir } : {}),
      evses: config.ics.evses,
      identity: { vendor: config.ics.station.vendor, model: config.ics.station.model, serialNumber: config.ics.station.serialNumber ?? 'SN-0001', firmwareVersion: config.ics.station.firmwareVersion ?? '1.0.0' },
      faults: params.faults,
      behaviour: stationBehaviour(params.personality, personality),
      features: config.ics.features,
      profiles: config.ics.profiles,
      heartbeatInterval: config.ics.heartbeatInterval,
      // 1.6 hardware variants the ICS can claim (testcases/ocpp16: TC_017_2, TC_018_2, TC_032_1).
      fixedCable: config.ics.features.includes('FixedCable'),
      stopTransactionsBeforePowerDown: config.ics.features.includes('StopTxBeforePowerDown'),
      // The station waits for the harness about as long as the harness waits for it (its MessageTimeout),
      // so retry cases (E13) take seconds, not minutes; but never less than the harness holds a call no case
      // claimed before answering it by default (timeouts.holdMs), or the simulator would give up on an answer
      // that is coming and be judged for what followed.
      timings: { callTimeoutMs: Math.max(1_000, config.ics.timeouts.messageMs, config.timeouts.holdMs + 1_000) },
    });
    // Let the power-on boot settle before the first case, so it cannot be mistaken for a case's boot.
    const accepted = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, config.ics.timeouts.messageMs * 2);
      const onRegistration = (status: string) => {
        if (status !== 'Accepted') return;
        clearTimeout(timer);
        station.off('registration', onRegistration);
        resolve();
      };
      station.on('registration', onRegistration);
    });
    await station.start();
    await accepted;
    return { target: station, stop: () => station.stop() };
  }
  const t = config.ics.idTokens;
  const status = (s: string) => (version === '1.6' && s === 'Unknown' ? 'Invalid' : s);
  const { ReferenceCsms } = await import('../simulators/csms/csms.js');
  const csms = new ReferenceCsms({
    host: '127.0.0.1', port: 0, versions: [version], securityProfile: profile,
    ...(profile >= 2 ? { pki: await params.pki() } : { loadPki: params.pki }),
    // Profiles 1-2: a second endpoint with the next profile, so A05 upgrades can be tested.
    ...(profile === 1 || profile === 2 ? { upgradeEndpoint: true } : {}),
    stations: [{ id: config.ics.station.id, ...(params.password !== undefined ? { password: params.password } : {}) }],
    idTokens: [
      // valid and valid2 share the configured group (TC_C_39_CSMS: two valid idTokens with the same GroupId).
      { idToken: t.valid.idToken, type: t.valid.type, status: 'Accepted', ...(t.group ? { groupIdToken: t.group.idToken } : {}) },
      ...(t.valid2 ? [{ idToken: t.valid2.idToken, type: t.valid2.type, status: 'Accepted', ...(t.group ? { groupIdToken: t.group.idToken } : {}) }] : []),
      { idToken: t.invalid.idToken, type: t.invalid.type, status: status('Invalid') },
      ...(t.blocked ? [{ idToken: t.blocked.idToken, type: t.blocked.type, status: 'Blocked' }] : []),
      ...(t.expired ? [{ idToken: t.expired.idToken, type: t.expired.type, status: 'Expired' }] : []),
      // The master pass belongs to the configured MasterPassGroupId (C16, TC_C_47..49_CSMS).
      ...(t.masterPass ? [{ idToken: t.masterPass.idToken, type: t.masterPass.type, status: 'Accepted', ...(t.masterPassGroup ? { groupIdToken: t.masterPassGroup.idToken } : {}) }] : []),
      ...(t.group ? [{ idToken: t.group.idToken, type: t.group.type, status: 'Accepted' }] : []),
      ...(t.emaid ? [{ idToken: t.emaid.idToken, type: t.emaid.type, status: 'Accepted' }] : []),
    ],
    heartbeatInterval: config.ics.heartbeatInterval,
    // Pending/Rejected boots ask for a retry after this many seconds: short, so B02/B03 cases stay fast.
    bootRetryInterval: 1,
    faults: params.faults,
    behaviour: csmsBehaviour(params.personality, personality),
  });
  const { url } = await csms.start();
  return { target: csms, endpoint: url, endpointFor: (p) => csms.endpointFor(p as SecurityProfile), stop: () => csms.stop() };
}
