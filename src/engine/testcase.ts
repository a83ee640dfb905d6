import type { expect as chaiExpect } from 'chai';
import type { CaseInfo, OcppVersion, ProfileMembership, SutRole } from './model.js';
import type { SidePeer } from '../ocpp/peer-roles.js';
import type { Ics } from '../domain/ics.js';
import type { OperatorHandle } from './operator.js';
import type { Pki } from '../pki/store.js';
import type { RunningFileServer } from '../fileserver/server.js';
import { HarnessError } from '../errors.js';
import { parseCaseId } from '../domain/case-id.js';

/**
 * What a case body receives: its peer, the operator, assertions, the ICS and the test PKI. Typed by
 * the case's OCPP version V and SUT role S: `sut` is the harness-as-CSMS peer for a station under
 * test, and its payloads are those of V (a wrong field or an action of another version does not compile).
 */
export interface CaseContext<V extends OcppVersion = OcppVersion, S extends SutRole = SutRole> {
  /** The system under test, seen through the wire. */
  sut: SidePeer<V, S>;
  /** Whoever performs physical or back-office steps. */
  operator: OperatorHandle;
  /** chai's expect; a failed assertion is a FAIL blaming the last frame the case received. The message may name a requirement id. */
  expect: typeof chaiExpect;
  ics: Ics;
  /** The test PKI (certificates for security profiles, CSR signing...). Throws if none is configured. */
  pki: () => Promise<Pki>;
  /** Writes a line to the case's step log. */
  log: (text: string) => void;
  /** Fails the case with a reason and a requirement id. */
  fail: (reason: string, requirement?: string) => never;
  /**
   * Records an advisory: a check beyond the official tool validations that did not hold (e.g. the
   * boot reason after a power cycle). Shown apart from failures, in results.json per case; never a FAIL.
   * With `holds`, records only when it is false. The advisory names the last frame the case received.
   */
  advise: (text: string, options?: { requirement?: string; holds?: boolean }) => void;
  /** Waits the operator settle time (`operator.settleMs`), e.g. after a Configuration State, before the main steps. */
  settle: () => Promise<void>;
  /** Milliseconds since the case began (for timing checks). */
  elapsedMs: () => number;
  /** Resolves after `ms` — only for waits the specification itself prescribes (e.g. "wait 2 heartbeat intervals"). */
  specifiedWait: (ms: number, why: string) => Promise<void>;
  /** Harness configuration the case may need (e.g. the station's password under security profile 1-2). */
  settings: CaseSettings;
}

/** The context without its peer: what a helper of any version and role may use (log, advise, ICS, settings...). */
export type CaseTools = Omit<CaseContext, 'sut'>;

export interface CaseSettings {
  /** Basic-auth password of the station identity (harness as station, or the SUT station's). */
  basicAuthPassword?: string;
  /** The URL the harness listens on (SUT = CS) or connects to (SUT = CSMS). */
  endpoint?: string;
  /** SUT = CSMS, real runs: records the station's new password for the next run (src/config/state.ts); returns the file. */
  saveStationPassword?: (password: string, changedBy: string) => string;
  /** The run's file server (firmware downloads, log uploads), started on first use (config `fileServer`). */
  fileServer?: () => Promise<RunningFileServer>;
  [k: string]: unknown;
}

export interface TestCaseDefinition<V extends OcppVersion = OcppVersion, S extends SutRole = SutRole> {
  id: string;
  title: string;
  version: V;
  /** Who is under test: 'CS' (harness plays the CSMS) or 'CSMS' (harness plays the station). */
  sut: S;
  /** Profiles with M/C gating: 'Core' (mandatory) or { profile, condition } (conditional on a Part 5 feature). */
  profiles: Array<string | { profile: string; condition: string }>;
  /** Use case / requirement ids covered. */
  covers: string[];
  /** Reference-simulator faults this case exists to catch; at least one unless `removed`. */
  catches: string[];
  /**
   * Faults of `catches` the case reports as an advisory, not a FAIL: the check that sees them is beyond
   * the official tool validations (e.g. the boot reason after a power cycle). Under such a fault the case
   * PASSes with an advisory naming the fault's requirement (the conformance matrix checks it).
   */
  advises?: string[];
  /** Functional block: derived from the id (2.x) or the case's folder (1.6, the OCTT 1.6 document section). */
  block?: string;
  /** Deadline for the whole case (default from config). */
  deadlineMs?: number;
  /** Errata that remove the case: listed, never run. */
  removed?: string;
  /** false: the case establishes its own starting state (e.g. it is about booting), so the engine's general preconditions are skipped. */
  preconditions?: boolean;
  /** Extra ICS features the case needs beyond its profile condition. */
  requires?: { features?: string[]; securityProfile?: number[]; minConnectors?: number };
  /**
   * The steps. A method (not a function property), so a case typed for its own version and role is
   * still a `TestCaseDefinition` the engine runs: the engine builds the context of that version and role.
   */
  run(ctx: CaseContext<V, S>): Promise<void>;
}

export interface TestCase extends CaseInfo {
  readonly definition: TestCaseDefinition;
}


/**
 * Declares a conformance case. Metadata is checked here, so a broken case fails when the
 * catalogue loads (the loader adds the file name to the message). The literal `version` and `sut`
 * type the context the steps get.
 */
export function defineTestCase<V extends OcppVersion, S extends SutRole>(def: TestCaseDefinition<V, S>): TestCase {
  const problems: string[] = [];
  const need = (cond: boolean, field: string, what: string) => { if (!cond) problems.push(`${field}: ${what}`); };
  need(typeof def.id === 'string' && parseCaseId(def.id) !== undefined, 'id', `'${String(def.id)}' is not an official-style id (TC_B_01_CS, TC_001_CSMS, TC_004_1_CS)`);
  need(typeof def.title === 'string' && def.title.length > 0, 'title', 'must be a non-empty string');
  need(def.version === '1.6' || def.version === '2.0.1' || def.version === '2.1', 'version', `'${String(def.version)}' is not 1.6, 2.0.1 or 2.1`);
  need(def.sut === 'CS' || def.sut === 'CSMS', 'sut', `'${String(def.sut)}' is not CS or CSMS`);
  if (typeof def.id === 'string' && (def.sut === 'CS' || def.sut === 'CSMS')) {
    need(def.id.endsWith(`_${def.sut}`), 'sut', `'${def.sut}' does not match the id suffix of ${def.id}`);
  }
  need(Array.isArray(def.profiles) && def.profiles.length > 0, 'profiles', 'must list at least one certification profile');
  need(Array.isArray(def.covers) && def.covers.length > 0 && def.covers.every((c) => typeof c === 'string' && c.length > 0), 'covers', 'must list the use case / requirement ids covered');
  need(Array.isArray(def.catches) && (def.removed !== undefined || def.catches.length > 0), 'catches', 'must name at least one reference-simulator fault the case catches');
  need(def.advises === undefined || (Array.isArray(def.advises) && def.advises.every((f) => Array.isArray(def.catches) && def.catches.includes(f))), 'advises', 'must name faults the case also lists in catches');
  need(typeof def.run === 'function', 'run', 'must be an async function');
  if (problems.length) throw new HarnessError('OCPPH_ERR_CATALOGUE', `invalid test case ${String(def.id)}: ${problems.join('; ')}`, { id: def.id, problems });

  const profiles: ProfileMembership[] = def.profiles.map((p) => (typeof p === 'string'
    ? { profile: p, mandatory: true }
    : { profile: p.profile, mandatory: false, condition: p.condition }));
  const info: TestCase = {
    id: def.id,
    title: def.title,
    version: def.version,
    sut: def.sut,
    profiles,
    covers: [...def.covers],
    catches: [...def.catches],
    block: def.block ?? blockOf(def.id),
    ...(def.removed ? { removed: def.removed } : {}),
    // The engine gives a case the context of its own version and role (both checked above), so the
    // case's narrower `run` is the general one.
    definition: def as unknown as TestCaseDefinition,
  };
  return info;
}

/** TC_B_01_CS -> 'B'; a 1.6 case gets its block from its folder when the catalogue loads. */
export function blockOf(id: string): string {
  return parseCaseId(id)?.block ?? 'unsorted';
}

export function isTestCase(value: unknown): value is TestCase {
  return typeof value === 'object' && value !== null && 'definition' in value && 'id' in value && typeof (value as TestCase).definition?.run === 'function';
}

export function caseInfoOf(tc: TestCase): CaseInfo {
  const { definition: _d, ...info } = tc;
  return info;
}

/**
 * The definition of a case to reuse in another version: a 2.1 case whose steps are its 2.0.1
 * twin's, with its own metadata (`defineTestCase({ ...sameAs(TC_B_01_CS_201), version: '2.1', ... })`).
 */
export function sameAs(tc: TestCase): TestCaseDefinition {
  return { ...tc.definition };
}
