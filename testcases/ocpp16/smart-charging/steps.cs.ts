/**
 * Steps of the Smart Charging cases with the Charge Point under test (OCTT 1.6 §2.22): memory states
 * (profiles installed, not graded), SetChargingProfile / ClearChargingProfile as graded steps, and the
 * GetCompositeSchedule.conf check against the judge's own composite (steps.composite.ts).
 */
import { CaseInconclusive, CaseNotApplicable, type CaseContext, type Payload, type Request } from '../../kit.js';
import { getConfiguration } from '../_shared/states.cs.js';
import { compareComposite, expectedComposite, type CompositePeriod, type Profile16 } from './steps.composite.js';
import { payloadOf, type ScSettings } from './steps.profiles.js';

type Ctx = CaseContext<'1.6', 'CS'>;

/** Profile ids of the cases: fixed per case so a re-run replaces rather than piles up. */
export const PROFILE_IDS = { first: 561, second: 562, third: 563 } as const;

const setRequest = (p: Profile16) => ({ connectorId: p.connectorId, csChargingProfiles: payloadOf(p) }) as unknown as Request<'1.6', 'SetChargingProfile'>;

/**
 * No charging profile left from earlier cases (a precondition, not graded): ClearChargingProfile.req with
 * all fields omitted; Accepted and Unknown both do.
 */
export async function noProfiles(ctx: Ctx): Promise<void> {
  await ctx.sut.callRaw('ClearChargingProfile', {});
}

/** Memory State "SetChargingProfile with ...": installs each profile; a refusal is INCONCLUSIVE (established, not graded). */
export async function memoryState(ctx: Ctx, profiles: readonly Profile16[]): Promise<void> {
  for (const p of profiles) {
    const got = await ctx.sut.callRaw('SetChargingProfile', setRequest(p));
    const status = got.kind === 'result' ? String(got.payload.status) : got.kind;
    if (status !== 'Accepted') {
      throw new CaseInconclusive(`Memory State: the charge point did not install ${p.chargingProfilePurpose} stackLevel ${p.stackLevel} on connector ${p.connectorId} (SetChargingProfile ${status})`);
    }
  }
}

/** A graded SetChargingProfile.req; returns the status of the .conf. */
export async function setChargingProfile(ctx: Ctx, p: Profile16, requirement: string): Promise<string> {
  const conf = await ctx.sut.call('SetChargingProfile', setRequest(p), { requirement });
  return String(conf.status);
}

/** SetChargingProfile.conf Rejected, or a CALLERROR PropertyConstraintViolation where the document allows it. */
export async function expectRefused(ctx: Ctx, action: 'SetChargingProfile' | 'RemoteStartTransaction', payload: Payload, allowCallError: boolean, requirement: string, onAccepted?: () => void): Promise<void> {
  const got = await ctx.sut.callRawUnchecked(action, payload);
  if (got.kind === 'result' && got.payload.status === 'Accepted') onAccepted?.();
  if (got.kind === 'error' && allowCallError) {
    ctx.expect(got.errorCode, `${requirement}: CallError ErrorCode`).to.equal('PropertyConstraintViolation');
    return;
  }
  if (got.kind !== 'result') ctx.fail(`the charge point answered ${action} with ${got.kind === 'error' ? `CALLERROR ${got.errorCode}` : `no result (${got.kind})`}`, requirement);
  ctx.expect(got.payload.status, `${requirement}: ${action}.conf status`).to.equal('Rejected');
}

/** A graded ClearChargingProfile.req: status Accepted. */
export async function clearChargingProfile(ctx: Ctx, criteria: Request<'1.6', 'ClearChargingProfile'>, requirement: string): Promise<void> {
  const conf = await ctx.sut.call('ClearChargingProfile', criteria, { requirement });
  ctx.expect(conf.status, `${requirement}: ClearChargingProfile.conf status`).to.equal('Accepted');
}

export interface CompositeCheck {
  connectorId: number;
  durationS: number;
  /** The profiles the charge point holds now, as sent. */
  installed: readonly Profile16[];
  /** The transaction running on the connector. */
  transaction?: { transactionId: number; startMs: number };
}

/**
 * GetCompositeSchedule.req and its .conf checks: status Accepted, connectorId, duration and
 * chargingRateUnit as asked, startSchedule within the max time deviation of now, and the periods as
 * the judge computes them (start times within the deviation; where no profile limits, any limit).
 */
export async function checkComposite(ctx: Ctx, s: ScSettings, c: CompositeCheck, requirement: string): Promise<void> {
  const conf = await ctx.sut.call('GetCompositeSchedule', { connectorId: c.connectorId, duration: c.durationS, chargingRateUnit: s.unit }, { requirement });
  const now = Date.now();
  ctx.expect(conf.status, `${requirement}: GetCompositeSchedule.conf status`).to.equal('Accepted');
  ctx.expect(conf.connectorId, `${requirement}: GetCompositeSchedule.conf connectorId`).to.equal(c.connectorId);
  const schedule = conf.chargingSchedule as Payload | undefined;
  if (!schedule) ctx.fail('GetCompositeSchedule.conf has no chargingSchedule', requirement);
  ctx.expect(schedule.duration, `${requirement}: chargingSchedule.duration`).to.equal(c.durationS);
  ctx.expect(schedule.chargingRateUnit, `${requirement}: chargingSchedule.chargingRateUnit`).to.equal(s.unit);
  const startText = (schedule.startSchedule ?? conf.scheduleStart) as string | undefined;
  const start = startText === undefined ? NaN : Date.parse(startText);
  if (!Number.isFinite(start)) ctx.fail(`GetCompositeSchedule.conf gives no start time (startSchedule / scheduleStart): ${String(startText)}`, requirement);
  if (Math.abs(now - start) > s.deviationS * 1000) {
    ctx.fail(`chargingSchedule.startSchedule ${startText} is ${Math.round(Math.abs(now - start) / 1000)} s from the current time (allowed: ${s.deviationS} s)`, requirement);
  }
  const actual: CompositePeriod[] = ((schedule.chargingSchedulePeriod ?? []) as Payload[]).map((p) => ({ startPeriod: Number(p.startPeriod), limit: Number(p.limit) }));
  const expected = expectedComposite(c.installed, { connectorId: c.connectorId, startMs: start, durationS: c.durationS, unit: s.unit, ...(c.transaction ? { transaction: c.transaction } : {}) });
  const problems = compareComposite(expected, actual, c.durationS, Math.max(1, s.deviationS));
  if (problems.length) ctx.fail(`chargingSchedulePeriod is not calculated accordingly: ${problems.join('; ')}`, requirement);
  ctx.log(`composite schedule as the 1.6 rules give it: ${expected.map((p) => `${Math.round(p.startPeriod)}s:${p.limit ?? 'own'}`).join(', ')}`);
}

/** Prerequisite "Configuration key K is >= n": NOT_APPLICABLE when the charge point reports less. */
export async function needsAtLeast(ctx: Ctx, wanted: ReadonlyArray<readonly [string, number]>): Promise<void> {
  const { values } = await getConfiguration(ctx, wanted.map(([k]) => k));
  for (const [key, min] of wanted) {
    const v = Number(values.get(key)?.value);
    if (Number.isFinite(v) && v < min) throw new CaseNotApplicable(`prerequisite: configuration key ${key} is ${v}, the case needs >= ${min}`);
  }
}
