import os from 'node:os';
import path from 'node:path';
import { resolveConfig, type ConfigFile } from '../config/config.js';
import type { ConfiguredValues } from '../domain/configured-values.js';
import type { CaseResult, OcppVersion, RunEvent, SutRole } from '../engine/model.js';
import { runSession } from './session.js';
import { loadCatalogue } from '../engine/catalogue.js';
import { plan, select } from '../engine/plan.js';
import type { TestCase } from '../engine/testcase.js';
import type { Operator } from '../domain/operator-actions.js';
import type { SecurityProfile } from '../domain/security-profile.js';
import { defaultIcs } from '../config/default-ics.js';
import { unknownClaims } from '../config/ics-features.js';
import { HUMAN_PACE, SlowOperator, type SlowOperatorSettings } from './operators.js';
import { assembleClaims } from '../simulators/claims.js';
import { STATION_BLOCKS } from '../simulators/station/blocks/index.js';
import { CSMS_BLOCKS } from '../simulators/csms/blocks/index.js';

/** The blocks of the reference simulator that plays the other side of `sut`, with what each claims. */
const blocksFor = (sut: SutRole) => (sut === 'CS' ? STATION_BLOCKS : CSMS_BLOCKS);

/**
 * What the reference simulators claim (their ICS): every profile and Part 5 optional feature their
 * blocks implement (blocks/<X>/claims.ts). Cases outside it are NOT_APPLICABLE in --sim runs.
 */
export function referenceIcs(version: OcppVersion, sut: SutRole): NonNullable<ConfigFile['ics']> {
  const claimed = assembleClaims(blocksFor(sut), version);
  // One claim set serves 2.0.1 and 2.1: a feature id the version's Part 5 does not define is not claimed for it (2.1 has no UI-2.1).
  const unknown = new Set(unknownClaims(version, sut, claimed).features);
  const { profiles } = claimed;
  const features = claimed.features.filter((f) => !unknown.has(f));
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
 * Other configurations of the reference simulators, as their blocks declare them. A case that a
 * Part 5 condition keeps out of the default claim (NOT C-13, NOT C-56, HFS-8 > 1...) runs against
 * the simulator configured this way (the station follows the features its ICS claims), so every
 * case has a reference to pass on.
 */
export function referenceVariants(version: OcppVersion, sut: SutRole): ReferenceVariant[] {
  const base = referenceIcs(version, sut);
  return assembleClaims(blocksFor(sut), version).variants.map((v) => {
    const ics: NonNullable<ConfigFile['ics']> = {};
    if (v.addProfiles || v.removeProfiles) {
      ics.profiles = [...(base.profiles ?? []).filter((p) => !(v.removeProfiles ?? []).includes(p)), ...(v.addProfiles ?? [])];
    }
    if (v.addFeatures || v.removeFeatures) {
      ics.features = [...(base.features ?? []).filter((f) => !(v.removeFeatures ?? []).includes(f)), ...(v.addFeatures ?? [])];
    }
    if (v.evses) ics.evses = v.evses.map((e) => ({ ...e }));
    return { name: v.name, ics };
  });
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
  /** `<Configured ...>` values over the reference ones (a test of what a case does with a user's value). */
  configured?: Readonly<ConfiguredValues>;
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
const REFERENCE_CONFIGURED: Readonly<ConfiguredValues> = {
  evConnectionTimeoutMs: 5_000,
  reservationExpiryMs: 2_000,
  displayMessageWindowMs: 2_000,
  iso15118OfflineWaitMs: 2_500,
};

/** The reference values for a run with `sut` under test: the station's install offset is its quick download's (TC_L_02_CS). */
export function referenceConfigured(sut: SutRole): Readonly<ConfiguredValues> {
  return sut === 'CS' ? { ...REFERENCE_CONFIGURED, firmwareInstallOffsetMs: 5_000 } : REFERENCE_CONFIGURED;
}

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
      configured: { ...referenceConfigured(options.sut), ...(options.configured ?? {}) },
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
