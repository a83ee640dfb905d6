/**
 * Helpers of block K (Smart Charging), CSMS under test: the harness plays the charging station. The
 * "<Configured ...>" values of the K cases, the manual action "the CSMS sends ..." with the operator's
 * instructions, the OCTT's answers, and the checks of what the CSMS sent (tool validations FAIL,
 * anything beyond them is an advisory: `verifier`).
 */
import { type CaseContext, type Payload, type ReceivedCall, type Action, type Request, type Received } from '../../kit.js';
import { adviseUnless } from '../../kit.js';
import { chargingSession, csmsRequest } from '../_shared/charging-session.csms.js';
import { configured, configuredText } from '../_shared/configured.js';
import { periodsOf, profileProblems, schedulesOf } from './steps.profile-rules.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;

export interface KSettings {
  /** <Configured evseId>: the simulated station's EVSE. */
  evseId: number;
  /** <Configured duration> (and <Configured Charging Schedule Duration>), s. */
  durationS: number;
  /** <Configured stackLevel>. */
  stackLevel: number;
  /** <Configured numberPhases>. */
  phases: number;
  /** <Configured chargingRateUnit>. */
  unit: 'A' | 'W';
  /** The document's limits are in A; in W they are multiplied by 1000. */
  scale: number;
  /** <Configured max time deviation>, ms. */
  deviationMs: number;
  /** <Configured chargingProfilePurpose>, <Configured chargingLimitSource>, <Configured recurrencyKind>: the operator is asked for exactly these. */
  purpose: string;
  limitSource: string;
  recurrency: 'Daily' | 'Weekly';
}


export function kSettings(ctx: Ctx): KSettings {
  const watts = configured(ctx, 'chargingRateInWatts') === 1;
  const s: KSettings = {
    evseId: chargingSession(ctx).evseId, durationS: configured(ctx, 'chargingScheduleDurationS'), stackLevel: configured(ctx, 'chargingStackLevel'),
    phases: configured(ctx, 'chargingNumberPhases'), unit: watts ? 'W' : 'A', scale: watts ? 1000 : 1, deviationMs: ctx.ics.timeouts.maxTimeDeviationMs,
    purpose: configuredText(ctx, 'chargingProfilePurpose'), limitSource: configuredText(ctx, 'chargingLimitSource'),
    recurrency: configured(ctx, 'chargingRecurrencyWeekly') === 1 ? 'Weekly' : 'Daily',
  };
  ctx.log(`configured smart charging: evseId ${s.evseId}, duration ${s.durationS} s, stackLevel ${s.stackLevel}, numberPhases ${s.phases}, chargingRateUnit ${s.unit}`);
  return s;
}

/** A check: `official` ones (the tool validations) FAIL, the others are advisories. */
export type Verify = (ok: boolean, what: string, requirement: string) => void;

export function verifier(ctx: Ctx, official = true): Verify {
  return (ok, what, requirement) => {
    if (ok) return;
    if (official) ctx.fail(what, requirement);
    adviseUnless(ctx, ok, what, requirement);
  };
}

const show = (v: unknown): string => (v === undefined ? 'omitted' : JSON.stringify(v));

/** `actual` equals `expected` (say what was sent when not). */
export function same(verify: Verify, actual: unknown, expected: unknown, what: string, requirement: string): void {
  verify(actual === expected, `${what}: expected ${show(expected)}, got ${show(actual)}`, requirement);
}

export const omitted = (verify: Verify, actual: unknown, what: string, requirement: string): void => same(verify, actual, undefined, `${what} (must be omitted)`, requirement);
export const present = (verify: Verify, actual: unknown, what: string, requirement: string): void => verify(actual !== undefined, `${what} must not be omitted`, requirement);

/** An ISO time within the configured deviation of `targetMs`. */
export function near(verify: Verify, iso: unknown, targetMs: number, deviationMs: number, what: string, requirement: string): void {
  const t = typeof iso === 'string' ? Date.parse(iso) : NaN;
  verify(Number.isFinite(t) && Math.abs(t - targetMs) <= deviationMs, `${what}: expected ${new Date(targetMs).toISOString()} (± ${deviationMs} ms), got ${show(iso)}`, requirement);
}

/** The operator's instruction for a profile: purpose, kind, stack level and the configured schedule with `limitA` (A; x1000 in W). */
export function profileHint(s: KSettings, evseId: number, profile: { purpose: string; kind?: string; limitA: number; stackLevel?: number; id?: number; recurrencyKind?: string }): Payload {
  return {
    evseId,
    chargingProfile: {
      ...(profile.id !== undefined ? { id: profile.id } : {}),
      stackLevel: profile.stackLevel ?? s.stackLevel, chargingProfilePurpose: profile.purpose, chargingProfileKind: profile.kind ?? 'Absolute',
      ...(profile.recurrencyKind ? { recurrencyKind: profile.recurrencyKind } : {}),
      chargingSchedule: [{ id: 1, chargingRateUnit: s.unit, duration: s.durationS, chargingSchedulePeriod: [{ startPeriod: 0, limit: profile.limitA * s.scale, numberPhases: s.phases }] }],
    },
  };
}

/**
 * Manual action "the CSMS sends `action`", answered by `respond` (a CALLRESULT or a CALLERROR): arms the
 * wait, asks the operator with `hint` and returns the request once answered.
 */
export async function csmsSendsAnswered<A extends Action<'2.0.1'>>(ctx: Ctx, action: A, respond: (call: ReceivedCall) => void, options: { hint: Payload; requirement: string }): Promise<Received<'2.0.1', A>> {
  const { sut, operator } = ctx;
  const incoming = sut.expectCall(action, { requirement: options.requirement });
  const asked = operator.do('csmsSend', { action, stationId: ctx.ics.station.id, hint: options.hint });
  asked.catch(() => undefined);
  const call: ReceivedCall = await Promise.race([incoming, asked.then(() => incoming)]);
  respond(call);
  await asked;
  return call as Received<'2.0.1', A>;
}

export interface SentProfile {
  evseId: unknown;
  profile: Payload;
  /** When the harness received it (ms). */
  t: number;
}

/** Steps 1-2 of K01: the CSMS sends SetChargingProfileRequest (the operator asked with `hint`), the OCTT answers `status`. */
export async function profileSent(ctx: Ctx, hint: Payload, status: 'Accepted' | 'Rejected' = 'Accepted', requirement = 'K01.FR.01'): Promise<SentProfile> {
  const req = await csmsRequest(ctx, 'SetChargingProfile', () => ({ status }), { hint, requirement });
  return { evseId: req.payload.evseId, profile: req.payload.chargingProfile as unknown as Payload, t: req.t };
}

/** The configured schedule of a profile: unit, duration, one period from 0 with `limitA`, the phases (omitted allowed for 3). */
export function expectSchedule(verify: Verify, s: KSettings, profile: Payload, limitA: number, step: string, options: { duration?: boolean } = {}): void {
  const schedule = schedulesOf(profile)[0] ?? {};
  const period = periodsOf(schedule)[0] ?? {};
  same(verify, schedule.chargingRateUnit, s.unit, `${step}: chargingSchedule.chargingRateUnit (<Configured chargingRateUnit>)`, 'K01.FR.26');
  if (options.duration !== false) same(verify, schedule.duration, s.durationS, `${step}: chargingSchedule.duration (<Configured duration>)`, 'K01');
  same(verify, period.startPeriod, 0, `${step}: chargingSchedulePeriod.startPeriod`, 'K01.FR.31');
  same(verify, period.limit, limitA * s.scale, `${step}: chargingSchedulePeriod.limit (${limitA}.0 or ${limitA * 1000}.0)`, 'K01');
  // numberPhases as configured; when 3 it may be omitted.
  if (!(s.phases === 3 && period.numberPhases === undefined)) same(verify, period.numberPhases, s.phases, `${step}: chargingSchedulePeriod.numberPhases (<Configured numberPhases>)`, 'K01');
}

/** Part 6 errata 2025-09: "The received Charging Profile must comply with the requirements defined at part 2". */
export function expectPart2(verify: Verify, sent: { profile: Payload; evseId: unknown }, where: 'set' | 'remote-start', step: string): void {
  for (const p of profileProblems(sent.profile, sent.evseId, where)) verify(false, `${step}: ${p.text}`, p.requirement);
}

/** Relative: startSchedule omitted; Absolute: not omitted (errata 2025-09 TC_K_37/60_CSMS). */
export function expectKindAndStart(verify: Verify, profile: Payload, step: string): void {
  const kind = profile.chargingProfileKind;
  verify(kind === 'Relative' || kind === 'Absolute', `${step}: chargingProfileKind Relative or Absolute, got ${show(kind)}`, 'K01');
  const start = schedulesOf(profile)[0]?.startSchedule;
  if (kind === 'Relative') omitted(verify, start, `${step}: chargingSchedule.startSchedule of a Relative profile`, 'K01.FR.41');
  if (kind === 'Absolute') present(verify, start, `${step}: chargingSchedule.startSchedule of an Absolute profile`, 'K01.FR.40');
}

/** Steps 1-2 of K10: the CSMS sends ClearChargingProfileRequest (asked with `hint`), the OCTT answers `status`. */
export async function clearSent(ctx: Ctx, hint: Payload, status: 'Accepted' | 'Unknown'): Promise<Request<'2.0.1', 'ClearChargingProfile'>> {
  const req = await csmsRequest(ctx, 'ClearChargingProfile', () => ({ status }), { hint, requirement: 'K10.FR.02' });
  return req.payload;
}

/** Tool validations of TC_K_06/08_CSMS step 1 (errata 2025-09): the criteria purpose, stackLevel and evseId; no chargingProfileId. */
export function expectClearCriteria(verify: Verify, s: KSettings, req: Request<'2.0.1', 'ClearChargingProfile'>): void {
  const criteria = req.chargingProfileCriteria;
  same(verify, criteria?.chargingProfilePurpose, 'TxDefaultProfile', 'Step 1: chargingProfileCriteria.chargingProfilePurpose', 'K10.FR.02');
  same(verify, criteria?.stackLevel, s.stackLevel, 'Step 1: chargingProfileCriteria.stackLevel (<Configured stackLevel>)', 'K10.FR.02');
  same(verify, criteria?.evseId, s.evseId, 'Step 1: chargingProfileCriteria.evseId (<Configured evseId>)', 'K10.FR.02');
  omitted(verify, req.chargingProfileId, 'Step 1: chargingProfileId', 'K10.FR.02');
}
