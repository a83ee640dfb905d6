import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../config/config.js';
import type { ConfiguredValueName } from '../domain/configured-values.js';
import type { CaseResult, OcppVersion, RunEvent, SutRole } from '../engine/model.js';
import { runSession } from './session.js';
import { loadCatalogue } from '../engine/catalogue.js';
import { plan, select } from '../engine/plan.js';
import type { TestCase } from '../engine/testcase.js';
import type { Operator } from '../domain/operator-actions.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { defaultIcs } from '../config/default-ics.js';
import { HUMAN_PACE, SlowOperator, type SlowOperatorSettings } from './operators.js';

/**
 * What the reference simulators claim (their ICS): every profile they implement and the Part 5
 * optional features they support. Cases outside it are NOT_APPLICABLE in --sim runs.
 */
export function referenceIcs(version: OcppVersion, sut: SutRole): NonNullable<ConfigFile['ics']> {
  const profiles = version === '1.6'
    ? ['Core', 'Security (1.6 security whitepaper)']
    // The CSMS also serves base/custom reports (B07/B08) and signs V2G certificates (A02).
    // The station reserves a specific EVSE (H01, H02, H04; not R-2).
    : ['Core', 'Advanced Security', ...(sut === 'CSMS' ? ['Advanced Device Management', 'ISO 15118 Support'] : ['Reservation'])];
  const features = version === '1.6'
    ? []
    : sut === 'CS'
      ? ['C-30', 'C-36', 'C-48.1', 'C-49', 'C-09.1', 'C-09.2', 'C-10.1', 'C-10.2', 'C-29.1', 'C-29.2', 'C-29.5', 'C-29.6', 'C-51', 'C-52',
        // Block B: reset per EVSE, SummaryInventory, reconnecting after every network profile failed.
        'C-13', 'C-56', 'C-47',
        // Block E: every TxStartPoint / TxStopPoint (with a parking bay detector and signed meter values), StopTxOnEVSideDisconnect
        // and UnlockOnEVSideDisconnect both ways, offline authorization, DisableRemoteAuthorization, Mode 3 and high-level
        // communication EVs, a detachable cable (HFS-1; the fixed cable, HFS-2, is a variant).
        'C-01', 'C-06.1', 'C-06.2', 'C-09.3', 'C-09.4', 'C-09.5', 'C-09.6', 'C-10.3', 'C-10.4', 'C-10.5', 'C-12.1', 'C-12.2', 'C-58',
        'AQ-9', 'HFS-1', 'HFS-4',
        // Block A: the last CSMS root (AQ-1) and station certificate (AQ-3) can be removed, security profile 1 (C-61),
        // CSR resend back-off (AS-3).
        'AQ-1', 'AQ-3', 'C-61', 'AS-3']
      : ['C-13', 'C-16', 'C-17', 'C-30', 'C-31', 'C-35', 'C-36', 'C-37', 'C-44', 'C-45', 'C-46', 'C-50.1', 'C-50.2'];
  // The reference CSMS knows every token the cases use (src/session/simulators.ts builds it from these); a CSMS under
  // test knows only the tokens its config gives.
  const idTokens = sut === 'CSMS' ? defaultIcs(version, sut).idTokens : undefined;
  return { profiles, features, evses: [{ id: 1, connectors: 1 }], ...(idTokens ? { idTokens } : {}), // A reference simulator reboots in well under a second (3 s with the slow-reboot personality in the
  // matrix, 20 s standalone); 30 s of boot time keeps a station that never reboots from costing 3 minutes.
  timeouts: { messageMs: 2_000, bootMs: 30_000 }, heartbeatInterval: 300 };
}

/** A reference simulator configured another way, and what it then claims. */
export interface ReferenceVariant {
  name: string;
  ics: NonNullable<ConfigFile['ics']>;
}

/**
 * Other configurations of the reference simulators. A case that a Part 5 condition keeps out of the
 * default claim (NOT C-13, NOT C-56, HFS-8 > 1...) runs against the simulator configured this way
 * (the station follows the features its ICS claims), so every case has a reference to pass on.
 */
export function referenceVariants(version: OcppVersion, sut: SutRole): ReferenceVariant[] {
  if (version === '1.6' && sut === 'CS') {
    const claimed = referenceIcs(version, sut).features ?? [];
    return [
      // testcases/ocpp16: a charge point with a permanently attached cable (TC_017_2, TC_018_2), and one whose backup
      // power lets it stop its transactions before it goes down on a power cut (TC_032_1).
      { name: 'a permanently attached cable', ics: { features: [...claimed, 'FixedCable'] } },
      { name: 'backup power on a power cut', ics: { features: [...claimed, 'StopTxBeforePowerDown'] } },
    ];
  }
  if (version !== '2.0.1' || sut !== 'CS') return [];
  const base = referenceIcs(version, sut);
  const without = (...ids: string[]) => (base.features ?? []).filter((f) => !ids.includes(f));
  return [
    // Custom reports (B08) of Advanced Device Management; the station has no monitoring (N), so this is not its default claim.
    // Its GetReport does not support componentCriteria Active (TC_B_19_CS).
    { name: 'Advanced Device Management (device model reports)', ics: {
      profiles: [...(base.profiles ?? []), 'Advanced Device Management'], features: [...(base.features ?? []), 'Unsupported componentCriteria Active'] } },
    { name: 'no reset per EVSE, no SummaryInventory', ics: { features: without('C-13', 'C-56') } },
    { name: 'two EVSEs', ics: { evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] } },
    // Block E: a station whose TxStartPoint cannot be EnergyTransfer (TC_E_38), one with a fixed cable (TC_E_27).
    { name: 'no TxStartPoint EnergyTransfer', ics: { features: without('C-09.5') } },
    { name: 'a permanently attached cable', ics: { features: [...without('HFS-1'), 'HFS-2'] } },
    // TC_E_46: the EV ends its ISO 15118 session (the station's EIM side only: no certificates, so not in the default claim).
    { name: 'ISO 15118 Support (EV session stop)', ics: { profiles: [...(base.profiles ?? []), 'ISO 15118 Support'] } },
    // Block A: the station renews its V2G certificate (TC_A_12); its ISO 15118 support stops there, so this is not its default claim.
    { name: 'ISO 15118 Support (V2G certificate)', ics: { profiles: [...(base.profiles ?? []), 'ISO 15118 Support'] } },
    // TC_B_47_CS: AdditionalRootCertificateCheck (AS-2) replaces the CSMS root on install (old one kept as fallback), so not the default claim.
    { name: 'AdditionalRootCertificateCheck', ics: { features: [...(base.features ?? []), 'AS-2'] } },
  ];
}

export interface ReferenceRunOptions {
  version: OcppVersion;
  sut: SutRole;
  ids?: string[];
  faults?: string[];
  /** The simulator's personality (src/simulators/personalities.ts), with its shortened reference durations. */
  personality?: string;
  catalogueDir?: string;
  certsDir?: string;
  emit?: (e: RunEvent) => void | Promise<void>;
  /** Override the reference ICS (e.g. a security profile). */
  ics?: NonNullable<ConfigFile['ics']>;
  /**
   * The security profile of the session (default 0, or `ics.securityProfile`): cases that require
   * another one are NOT_APPLICABLE, so a full reference run is one session per profile (see the matrix test).
   */
  securityProfile?: SecurityProfile;
  /** The operator's pace: a seeded random time per action (default HUMAN_PACE, 0.5-3 s), or false for machine speed. */
  operatorPace?: SlowOperatorSettings | false;
}

/** The security profile a case needs its session to run with: the first it accepts, 0 when it names none. */
/** Where reference runs keep their test PKI unless told otherwise. */
export const REFERENCE_CERTS_DIR = path.join(os.tmpdir(), 'ocpp-harness-reference-certs');

export function sessionProfileOf(tc: TestCase): SecurityProfile {
  return (tc.definition.requires?.securityProfile?.[0] ?? 0) as SecurityProfile;
}

/** A reference session: cases of one version and role that need the same security profile. */
export interface ReferenceSession { version: OcppVersion; sut: SutRole; securityProfile: SecurityProfile; ids: string[] }

/** Splits cases into the sessions a reference run needs (one per version, role and security profile). */
export function referenceSessions(cases: readonly TestCase[]): ReferenceSession[] {
  const sessions = new Map<string, ReferenceSession>();
  for (const c of cases) {
    const securityProfile = sessionProfileOf(c);
    const key = `${c.version}|${c.sut}|${securityProfile}`;
    const session = sessions.get(key) ?? { version: c.version, sut: c.sut, securityProfile, ids: [] };
    session.ids.push(c.id);
    sessions.set(key, session);
  }
  return [...sessions.values()];
}

/**
 * `<Configured ...>` values of the reference runs (their config's `configured:` section): shorter than the defaults a person
 * needs, still longer than the slow reference operator's 3 s per action, so the matrix stays fast.
 */
export const REFERENCE_CONFIGURED: Readonly<Partial<Record<ConfiguredValueName, number>>> = {
  evConnectionTimeoutMs: 5_000,
};

/** Cases per reference session part: reference runs wait on timers, so parts run side by side (the matrix). */
export const REFERENCE_PART_SIZE = 15;

/**
 * A session cut into consecutive parts of at most `partSize` cases (each case keeps the neighbour it has
 * in a whole run). The matrix and `docs operator-actions` cut alike: an action a case's preconditions
 * need depends on the case before it.
 */
export function referenceParts(session: ReferenceSession, partSize = REFERENCE_PART_SIZE): ReferenceSession[] {
  const n = Math.max(1, Math.ceil(session.ids.length / partSize));
  const size = Math.ceil(session.ids.length / n);
  return Array.from({ length: n }, (_, i) => ({ ...session, ids: session.ids.slice(i * size, (i + 1) * size) }));
}

/**
 * Runs cases in-process against the reference simulator of the SUT role (tests, docs, demo). Cases
 * NOT_APPLICABLE to the default claim run again against the first reference variant they apply to.
 */
export async function runAgainstReference(options: ReferenceRunOptions): Promise<CaseResult[]> {
  const pace = options.operatorPace === undefined ? HUMAN_PACE : options.operatorPace;
  const configFor = (variant: NonNullable<ConfigFile['ics']> = {}) => resolveConfig(
    {
      ics: {
        ...referenceIcs(options.version, options.sut), ...(options.ics ?? {}), ...variant,
        ...(options.securityProfile !== undefined ? { securityProfile: options.securityProfile } : {}),
      },
      // The reference CSMS takes a quick reconnect; the default (1 s) is for real systems.
      operator: { interactive: false }, timeouts: { caseMs: 30_000, holdMs: 1_000, reconnectDelayMs: 100 },
      configured: REFERENCE_CONFIGURED,
    },
    {},
    { version: options.version, sut: options.sut === 'CS' ? 'cs' : 'csms', certs: options.certsDir ?? REFERENCE_CERTS_DIR },
  );
  const run = async (config: ReturnType<typeof configFor>, ids: string[] | undefined, runBoundaries: boolean) => (await runSession({
    config,
    selection: ids ? { ids } : {},
    ...(options.catalogueDir ? { catalogueDir: options.catalogueDir } : {}),
    sim: { faults: options.faults ?? [], ...(options.personality ? { personality: options.personality } : {}), shortDurations: true },
    emit: options.emit ?? (() => undefined),
    ...(pace ? { wrapOperator: (op: Operator) => new SlowOperator(op, pace) } : {}),
    runBoundaries,
  })).cases;
  const cases = await run(configFor(), options.ids, true);
  for (const variant of referenceVariants(options.version, options.sut)) {
    const waiting = cases.filter((c) => c.verdict === 'NOT_APPLICABLE').map((c) => c.id);
    if (!waiting.length) break;
    const config = configFor(variant.ics);
    const catalogue = await loadCatalogue(options.catalogueDir, [options.version]);
    const applicable = plan(select(catalogue.cases, { ids: waiting, version: options.version, sut: options.sut }), config.ics)
      .filter((p) => !p.notApplicable).map((p) => p.testCase.id);
    if (!applicable.length) continue;
    for (const r of await run(config, applicable, false)) {
      const i = cases.findIndex((c) => c.id === r.id);
      if (i >= 0 && r.verdict !== 'NOT_APPLICABLE') cases[i] = { ...r, steps: [{ t: r.startedAt ? Date.parse(r.startedAt) : Date.now(), text: `reference variant: ${variant.name}`, outcome: 'info' }, ...r.steps] };
    }
  }
  return cases;
}
