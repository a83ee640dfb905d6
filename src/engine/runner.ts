import type { Advisory, CaseResult, FrameRecord, RunEvent, SutIdentity } from './model.js';
import type { Verdict } from '../domain/verdict.js';
import type { TestCase, CaseContext, CaseSettings } from './testcase.js';
import { caseInfoOf } from './testcase.js';
import type { Ics } from '../domain/ics.js';
import type { Operator } from '../domain/operator-actions.js';
import { operatorHandle } from './operator.js';
import { CaseFailure, CaseInconclusive, CaseNotApplicable } from '../domain/verdict.js';
import type { SutPeer } from '../ocpp/peer-roles.js';
import { CaseRecorder } from '../ocpp/recorder.js';
import { expect as chaiExpect } from 'chai';
import { HarnessError } from '../errors.js';
import { gradeLinkFailure } from './link-failures.js';
import type { Finding } from '../ocpp/types.js';

/** A planned case: run it, or report it NOT_APPLICABLE with the reason the plan found. */
export interface PlannedCase {
  testCase: TestCase;
  notApplicable?: string;
}

/**
 * Puts the SUT back into the general preconditions of Part 6 (connected, idle, accepted) before a case.
 * They establish state and never grade it. `attempt` 2 is the bounded retry after a failed restore:
 * the preconditions then restore with a power cycle or reconnect rather than trust what they find.
 */
export type Preconditions = (ctx: CaseContext, options?: { attempt: number }) => Promise<void>;

/** How many times the general preconditions are tried before the case (and the rest of the run) is INCONCLUSIVE. */
export const PRECONDITION_ATTEMPTS = 2;

export interface RunnerOptions {
  plan: PlannedCase[];
  peer: SutPeer;
  operator: Operator;
  ics: Ics;
  emit: (event: RunEvent) => void | Promise<void>;
  /** Per-version general preconditions (from testcases/<version>/preconditions.ts). */
  preconditions?: Preconditions;
  defaultDeadlineMs: number;
  settings: CaseSettings;
  pki: CaseContext['pki'];
  /** Stop after the first FAIL/ERROR. */
  bail?: boolean;
  /** A manual step's limit (`timeouts.operatorMs`). */
  operatorMs?: number;
  /** Before the first case, wait this long for a station under test to connect (`timeouts.connectMs`). */
  connectMs?: number;
}

const REQUIREMENT_AT_START = /^([A-Z]\d{2}\.FR\.\d+|[A-Z]\d{2}\.\d+|OCPP-J[^:]*|\d+(\.\d+)+)\s*:/;

/** Runs planned cases one by one, each with its own deadline, and emits a verdict per case. */
export async function runPlan(options: RunnerOptions): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  let abandoned: string | undefined;
  // A station still connecting when the run starts finishes its boot before any case's steps.
  if (options.preconditions && options.plan.some((p) => !p.notApplicable)) await options.peer.beforeFirstCase(options.connectMs ?? 30_000, options.ics.timeouts.bootMs);
  for (const planned of options.plan) {
    const tc = planned.testCase;
    const info = caseInfoOf(tc);
    const started = Date.now();
    await options.emit({ type: 'caseBegin', info, t: started });
    const base = { ...info, sutRole: tc.sut, startedAt: new Date(started).toISOString() };
    let result: CaseResult;
    if (planned.notApplicable) {
      result = { ...base, durationMs: 0, steps: [], frames: [], verdict: 'NOT_APPLICABLE', reason: planned.notApplicable };
    } else if (abandoned) {
      result = { ...base, durationMs: 0, steps: [], frames: [], verdict: 'INCONCLUSIVE', reason: abandoned };
    } else {
      result = await runOne(tc, base, options);
      if (result.verdict === 'INCONCLUSIVE' && result.reason.startsWith('general preconditions')) abandoned = `not run: ${result.reason}`;
    }
    results.push(result);
    await options.emit({ type: 'caseEnd', result });
    if (options.bail && (result.verdict === 'FAIL' || result.verdict === 'ERROR')) abandoned = `not run: stopped after ${tc.id} (${result.verdict}) because of --bail`;
  }
  return results;
}

class PreconditionError extends Error {}

async function runOne(tc: TestCase, base: Omit<CaseResult, 'verdict' | 'reason' | 'requirement' | 'durationMs' | 'steps' | 'frames'>, options: RunnerOptions): Promise<CaseResult> {
  const { peer } = options;
  const recorder = new CaseRecorder();
  recorder.onStep = (step) => { void options.emit({ type: 'step', caseId: tc.id, step }); };
  peer.beginCase(recorder);
  const started = Date.now();
  const deadlineMs = tc.definition.deadlineMs ?? options.defaultDeadlineMs;
  // The deadline is a backstop for a hung case: time spent by the operator, and waits longer than a
  // message (boots, configured durations), stretch it rather than cut a slow rig short.
  let extraMs = 0;
  peer.onWaitArmed = (ms) => { if (ms > options.ics.timeouts.messageMs) extraMs += ms; };
  const ctx = makeContext(tc, options, recorder, started, (ms) => { extraMs += ms; });

  let verdict: Verdict = 'PASS';
  let reason = '';
  let requirement: string | undefined;
  let offending: FrameRecord | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    const body = (async () => {
      if (options.preconditions && tc.definition.preconditions !== false) await establishPreconditions(options.preconditions, ctx, peer, recorder);
      const stale = peer.beginMainSteps();
      if (stale) recorder.step(`${stale} call(s) received before the main steps set aside`, 'info');
      await tc.definition.run(ctx);
    })();
    const deadline = new Promise<never>((_, reject) => {
      const check = () => {
        const left = started + deadlineMs + extraMs - Date.now();
        if (left > 0) timer = setTimeout(check, left);
        else reject(new CaseInconclusive(`the case did not finish within its deadline of ${deadlineMs} ms${extraMs ? ` (+${extraMs} ms for the operator and long waits)` : ''}`));
      };
      timer = setTimeout(check, deadlineMs);
    });
    await Promise.race([body, deadline]);
  } catch (err) {
    // A connection the SUT refused or never offered is graded against the SUT, never as a harness ERROR.
    const link = gradeLinkFailure(err instanceof PreconditionError ? err.cause : err, { sut: tc.sut, version: tc.version, securityProfile: options.ics.securityProfile });
    if (link && !(err instanceof PreconditionError && link.verdict === 'INCONCLUSIVE')) {
      verdict = link.verdict;
      reason = err instanceof PreconditionError ? `general preconditions: ${link.reason}` : link.reason;
      requirement = link.requirement;
    } else if (err instanceof PreconditionError) {
      verdict = 'INCONCLUSIVE';
      reason = `general preconditions could not be restored: ${err.message}`;
    } else if (err instanceof CaseFailure) {
      verdict = 'FAIL';
      reason = err.message;
      requirement = err.requirement;
      offending = err.frame ?? peer.lastFrameSeen;
    } else if (isAssertionError(err)) {
      verdict = 'FAIL';
      const m = REQUIREMENT_AT_START.exec(err.message);
      requirement = m?.[1];
      reason = m ? err.message.slice(m[0].length).trim() : err.message;
      offending = peer.lastFrameSeen;
    } else if (err instanceof CaseInconclusive) {
      verdict = 'INCONCLUSIVE';
      reason = err.message;
    } else if (err instanceof CaseNotApplicable) {
      verdict = 'NOT_APPLICABLE';
      reason = err.message;
    } else {
      verdict = 'ERROR';
      reason = err instanceof HarnessError ? `${err.code}: ${err.message}` : err instanceof Error ? `${err.name}: ${err.message}${err.stack ? `\n${err.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : String(err);
    }
  } finally {
    if (timer) clearTimeout(timer);
    peer.onWaitArmed = undefined;
  }

  // Read the case's findings while its recorder is still attached: endCase() detaches it.
  const notAllowed = peer.unexpectedFindings();
  const leftovers = peer.endCase();
  if (leftovers.length) recorder.step(`answered by default after the case: ${leftovers.join(', ')}`, 'info');

  // Protocol findings fail a case that otherwise passed; the SUT broke OCPP-J. A case that ended in ERROR
  // while the SUT sent frames that break the schema fails too: the error most likely came from reading
  // that frame (a required field missing), and a SUT's failure is never the harness's ERROR.
  const unexpected = notAllowed.filter((f) => f.finding.origin === 'peer');
  if (verdict === 'ERROR' && unexpected[0]) {
    recorder.step(`the case stopped on a harness error after the SUT broke the protocol: ${reason.split('\n')[0] ?? ''}`, 'info');
  }
  if (verdict === 'PASS' || (verdict === 'ERROR' && unexpected[0])) {
    const local = notAllowed.filter((f) => f.finding.origin === 'local');
    if (unexpected[0]) {
      const first = unexpected[0];
      verdict = 'FAIL';
      reason = `protocol violation by the SUT in ${frameName(first.finding, first.frame)}: ${first.finding.message}${unexpected.length > 1 ? ` (and ${unexpected.length - 1} more finding(s))` : ''}`;
      requirement = first.finding.code === 'SCHEMA_VIOLATION' ? 'OCPP-J 4.x / JSON schema' : 'OCPP-J';
      offending = first.frame;
    } else if (local[0]) {
      verdict = 'ERROR';
      reason = `the harness sent a frame that breaks the schema: ${local[0].finding.message}`;
    }
  }

  const frames = recorder.frames;
  let offendingFrame: number | undefined;
  if (verdict === 'FAIL' && offending) {
    const idx = frames.indexOf(offending);
    if (idx >= 0) {
      offendingFrame = idx;
      offending.offending = true;
    }
  }
  if (verdict !== 'PASS') recorder.step(`${verdict}: ${reason.split('\n')[0] ?? ''}`, verdict === 'FAIL' || verdict === 'ERROR' ? 'fail' : 'info');
  const durationMs = Date.now() - started;
  const advisories: Advisory[] = recorder.advisories.map((a) => {
    const idx = a.frame ? frames.indexOf(a.frame) : -1;
    return { t: a.t, text: a.text, ...(a.requirement ? { requirement: a.requirement } : {}), ...(idx >= 0 ? { frame: idx } : {}) };
  });
  const common = { ...base, durationMs, steps: recorder.steps, frames, ...(advisories.length ? { advisories } : {}) };
  switch (verdict) {
    case 'PASS':
      return { ...common, verdict };
    case 'FAIL':
      return { ...common, verdict, reason, ...(requirement ? { requirement } : {}), ...(offendingFrame !== undefined ? { offendingFrame } : {}) };
    default:
      return { ...common, verdict, reason };
  }
}

/**
 * Runs the general preconditions, retrying once (bounded) when they fail. They establish state and do
 * not grade it: a failed check inside them is logged, and the retry restores the state anew.
 */
async function establishPreconditions(preconditions: Preconditions, ctx: CaseContext, peer: SutPeer, recorder: CaseRecorder): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await preconditions(ctx, { attempt });
      recorder.step('general preconditions met', 'info');
      return;
    } catch (err) {
      if (err instanceof CaseNotApplicable) throw err;
      const why = err instanceof Error ? err.message : String(err);
      // What the failed attempt left armed must not claim calls of the next attempt or of the case.
      peer.cancelExpectations();
      if (attempt >= PRECONDITION_ATTEMPTS) throw new PreconditionError(why, { cause: err });
      recorder.step(`general preconditions not restored (${why.split('\n')[0] ?? ''}); not graded, restoring them again`, 'info');
    }
  }
}

function makeContext(tc: TestCase, options: RunnerOptions, recorder: CaseRecorder, started: number, extend: (ms: number) => void): CaseContext {
  const log = (text: string, outcome: 'ok' | 'info' | 'fail' = 'info') => recorder.step(text, outcome);
  const { peer } = options;
  const settleMs = options.operator.settleMs ?? 0;
  return {
    sut: peer,
    operator: operatorHandle(options.operator, tc.id, tc.sut, log, {
      ...(options.operatorMs !== undefined ? { operatorMs: options.operatorMs } : {}),
      onBegin: () => peer.operatorBegan(),
      onEnd: (ms) => { peer.operatorEnded(); extend(ms); },
    }),
    expect: chaiExpect,
    ics: options.ics,
    pki: options.pki,
    log: (text) => log(text),
    fail: (reason, requirement) => { throw new CaseFailure(reason, requirement ? { requirement } : {}); },
    advise: (text, opts = {}) => {
      if (opts.holds === true) return;
      const frame = peer.lastFrameSeen;
      recorder.advise(text, { ...(opts.requirement ? { requirement: opts.requirement } : {}), ...(frame ? { frame } : {}) });
    },
    settle: async () => {
      if (settleMs <= 0) return;
      log(`letting the SUT settle for ${settleMs} ms (operator.settleMs)`);
      await new Promise((resolve) => setTimeout(resolve, settleMs));
    },
    elapsedMs: () => Date.now() - started,
    specifiedWait: (ms, why) => {
      log(`waiting ${ms} ms: ${why}`);
      return new Promise((resolve) => setTimeout(resolve, ms));
    },
    settings: options.settings,
  };
}

/** Names the frame a finding is about, so a reader can find it among the case's frames. */
function frameName(finding: Finding, frame: FrameRecord | undefined): string {
  const action = finding.action ?? frame?.action;
  const id = finding.messageId ? ` (message id ${finding.messageId})` : '';
  return `${action ? `the ${action} frame` : 'a frame'}${id}`;
}

function isAssertionError(err: unknown): err is Error {
  return err instanceof Error && err.name === 'AssertionError';
}

/**
 * Reads vendor/model/serial/firmware from the first BootNotification the SUT sent (CS under test).
 * Only strings are taken: a hostile SUT may put anything, nested arbitrarily deep, in these fields.
 */
export function extractBootIdentity(results: CaseResult[]): Partial<SutIdentity> {
  const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.slice(0, 200) : undefined);
  for (const r of results) {
    for (const f of r.frames) {
      if (f.dir !== 'rx' || f.action !== 'BootNotification') continue;
      let data: unknown;
      try {
        data = JSON.parse(f.raw);
      } catch {
        continue;
      }
      if (!Array.isArray(data) || data[0] !== 2 || typeof data[3] !== 'object' || data[3] === null) continue;
      const p = data[3] as Record<string, unknown>;
      const cs = (typeof p.chargingStation === 'object' && p.chargingStation !== null ? p.chargingStation : p) as Record<string, unknown>;
      const identity: Partial<SutIdentity> = {};
      const vendor = text(cs.vendorName) ?? text(cs.chargePointVendor);
      const model = text(cs.model) ?? text(cs.chargePointModel);
      const serialNumber = text(cs.serialNumber) ?? text(cs.chargePointSerialNumber);
      const firmwareVersion = text(cs.firmwareVersion);
      if (vendor !== undefined) identity.vendor = vendor;
      if (model !== undefined) identity.model = model;
      if (serialNumber !== undefined) identity.serialNumber = serialNumber;
      if (firmwareVersion !== undefined) identity.firmwareVersion = firmwareVersion;
      return identity;
    }
  }
  return {};
}
