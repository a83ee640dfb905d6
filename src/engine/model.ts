/**
 * The data model of a run, shared by the engine (which produces it) and the reporters
 * (which only read it). Everything here is plain JSON so a journal line can be replayed.
 */
import type { OcppVersion } from '../domain/version.js';
import type { SutRole } from '../domain/role.js';

import type { Advisory, FrameRecord, StepRecord } from '../domain/records.js';
import type { Verdict } from '../domain/verdict.js';

export type { OcppVersion, SutRole, FrameRecord, StepRecord, Advisory };

/** A profile membership of a case: `mandatory` false = conditional on `condition` (Part 5 C-xx). */
export interface ProfileMembership {
  profile: string;
  mandatory: boolean;
  condition?: string;
}

/** Static description of a test case (what `list --json` prints). */
export interface CaseInfo {
  id: string;
  title: string;
  version: OcppVersion;
  sut: SutRole;
  profiles: ProfileMembership[];
  /** Use case / requirement ids covered. */
  covers: string[];
  /** Reference-simulator faults this case exists to catch. */
  catches: string[];
  /** Functional block letter (2.x) or area (1.6), for grouping in reports. */
  block: string;
  /** Set when an errata removes the case: it is listed, never run. */
  removed?: string;
}

/** The outcome of one case, discriminated on verdict so only a FAIL carries a requirement. */
export type CaseResult = CaseInfo & {
  sutRole: SutRole;
  startedAt: string;
  durationMs: number;
  steps: StepRecord[];
  frames: FrameRecord[];
  /** Advisories recorded by the case (absent when none). */
  advisories?: Advisory[];
} & (
  | { verdict: 'PASS'; reason?: undefined; requirement?: undefined }
  | { verdict: 'FAIL'; reason: string; requirement?: string; offendingFrame?: number }
  | { verdict: 'INCONCLUSIVE' | 'NOT_APPLICABLE' | 'ERROR'; reason: string; requirement?: undefined }
);

/** Identity of the SUT as learnt from the wire (BootNotification) or the config. */
export interface SutIdentity {
  role: SutRole;
  version: OcppVersion;
  endpoint?: string;
  stationId?: string;
  vendor?: string;
  model?: string;
  serialNumber?: string;
  firmwareVersion?: string;
}

export interface RunSummary {
  total: number;
  byVerdict: Record<Verdict, number>;
  byProfile: Record<string, Record<Verdict, number>>;
}

export interface RunResults {
  tool: { name: string; version: string };
  startedAt: string;
  finishedAt: string;
  sut: SutIdentity;
  /** The effective config with every secret masked. */
  config: Record<string, unknown>;
  /** ICS summary: profiles claimed, features, layout. */
  ics?: Record<string, unknown>;
  cases: CaseResult[];
  summary: RunSummary;
  /** Set when rebuilt from a journal without a runEnd line (the run was killed or is still going). */
  unfinished?: boolean;
  /** Number of cases the plan held (from runBegin), so an unfinished run can say how many are missing. */
  planned?: number;
}

/** Events the engine emits; reporters subscribe through the multiplexer. */
export type RunEvent =
  | { type: 'runBegin'; startedAt: string; tool: RunResults['tool']; sut: SutIdentity; config: Record<string, unknown>; ics?: Record<string, unknown>; planned: CaseInfo[] }
  | { type: 'caseBegin'; info: CaseInfo; t: number }
  | { type: 'step'; caseId: string; step: StepRecord }
  | { type: 'frame'; caseId: string; frame: FrameRecord }
  | { type: 'caseEnd'; result: CaseResult }
  | { type: 'sutIdentity'; sut: SutIdentity }
  | { type: 'runEnd'; finishedAt: string; summary: RunSummary };

export function emptyByVerdict(): Record<Verdict, number> {
  return { PASS: 0, FAIL: 0, INCONCLUSIVE: 0, NOT_APPLICABLE: 0, ERROR: 0 };
}

export function summarize(cases: readonly CaseResult[]): RunSummary {
  const byVerdict = emptyByVerdict();
  const byProfile: Record<string, Record<Verdict, number>> = {};
  for (const c of cases) {
    byVerdict[c.verdict] += 1;
    for (const p of c.profiles) {
      const row = (byProfile[p.profile] ??= emptyByVerdict());
      row[c.verdict] += 1;
    }
  }
  return { total: cases.length, byVerdict, byProfile };
}
