/**
 * Steps of the K Smart Charging cases with the charging station under test (Part 6 2.12): the case frame
 * (no profile of earlier cases left before, the case's own cleared after, ungraded), memory states
 * (profiles installed, not graded), the graded SetChargingProfile / ClearChargingProfile /
 * GetChargingProfiles (+ ReportChargingProfiles) steps and the GetCompositeSchedule check against the
 * judge's own composite (composite.ts).
 */
import { CaseInconclusive, CaseNotApplicable, type CaseContext, type Payload, type Request } from '../../kit.js';
import { transactionCase, txSession, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { compareComposite201, expectedComposite201, showComposite, type CompositePeriod201, type Profile201 } from './steps.composite.js';
import { payloadOf, type Sc201 } from './steps.profiles.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

const PURPOSES = ['TxProfile', 'TxDefaultProfile', 'ChargingStationMaxProfile'] as const;
const installedBy = new WeakMap<object, Set<number>>();

/** Clears, ungraded, by purpose: a station answers Accepted or Unknown (nothing there). */
async function clearAll(ctx: Ctx): Promise<void> {
  for (const chargingProfilePurpose of PURPOSES) {
    if (!ctx.sut.isConnected()) return;
    await ctx.sut.callRaw('ClearChargingProfile', { chargingProfileCriteria: { chargingProfilePurpose } } as Payload as never).catch(() => undefined);
  }
}

/**
 * Runs a K case (with its Configuration State, put back after): the station as a transaction case leaves it (idle, configuration restored), no charging
 * profile of an earlier case installed before `body`, and every profile the case installed cleared after it.
 */
export async function smartChargingCase(ctx: Ctx, body: (s: TxSession) => Promise<void>, configuration: VariableSetting[] = []): Promise<void> {
  installedBy.set(ctx.sut, new Set());
  await transactionCase(ctx, { configuration }, async (session) => {
    try {
      await clearAll(ctx);
      await body(session);
    } finally {
      for (const chargingProfileId of installedBy.get(ctx.sut) ?? []) {
        if (ctx.sut.isConnected()) await ctx.sut.callRaw('ClearChargingProfile', { chargingProfileId } as Payload as never).catch(() => undefined);
      }
    }
  });
}

export const setRequest = (p: Profile201) => ({ evseId: p.evseId, chargingProfile: payloadOf(p) }) as unknown as Request<'2.0.1', 'SetChargingProfile'>;
const remember = (ctx: Ctx, id: number) => installedBy.get(ctx.sut)?.add(id);
/** A profile the case had installed another way (a RequestStartTransaction's): cleared after the case too. */
export const trackProfile = (ctx: Ctx, id: number): void => void remember(ctx, id);

/** Memory State "SetChargingProfile with ...": installs each profile; a refusal is INCONCLUSIVE (established, not graded). */
export async function memoryState(ctx: Ctx, profiles: readonly Profile201[]): Promise<void> {
  for (const p of profiles) {
    remember(ctx, p.id);
    const got = await ctx.sut.callRaw('SetChargingProfile', setRequest(p));
    const status = got.kind === 'result' ? String(got.payload.status) : got.kind;
    if (status !== 'Accepted') {
      throw new CaseInconclusive(`Memory State: the station did not install ${p.chargingProfilePurpose} id ${p.id} stackLevel ${p.stackLevel} on EVSE ${p.evseId} (SetChargingProfile ${status})`);
    }
  }
}

/** A graded SetChargingProfileRequest; the response status (the profile is cleared after the case if it was taken). */
export async function setChargingProfile(ctx: Ctx, p: Profile201, requirement: string): Promise<string> {
  remember(ctx, p.id);
  const res = await ctx.sut.call('SetChargingProfile', setRequest(p), { requirement });
  return String(res.status);
}

/** A graded ClearChargingProfileRequest; the response status. */
export async function clearChargingProfile(ctx: Ctx, request: Payload, requirement: string): Promise<string> {
  const res = await ctx.sut.call('ClearChargingProfile', request as Request<'2.0.1', 'ClearChargingProfile'>, { requirement });
  return String(res.status);
}

let nextRequestId = (Math.floor(Date.now() / 1000) % 100_000) * 10 + 7;

export interface Reported {
  status: string;
  requestId: number;
  /** Every ReportChargingProfilesRequest received for the request (tbc followed), in order. */
  reports: Payload[];
}

/**
 * GetChargingProfilesRequest with <Generated requestId> and `criteria`; when Accepted, the
 * ReportChargingProfilesRequests that follow, each answered, until one without tbc (steps "If tbc is True
 * ... repeated").
 */
export async function getChargingProfiles(ctx: Ctx, criteria: { evseId?: number; chargingProfile: Payload }, requirement: string): Promise<Reported> {
  const requestId = (nextRequestId += 10);
  const res = await ctx.sut.call('GetChargingProfiles', { requestId, ...criteria } as unknown as Request<'2.0.1', 'GetChargingProfiles'>, { requirement });
  const reported: Reported = { status: String(res.status), requestId, reports: [] };
  if (reported.status !== 'Accepted') return reported;
  for (let i = 0; i < 64; i += 1) {
    const call = await ctx.sut.expectCall('ReportChargingProfiles', { requirement, describe: `(requestId ${requestId})` });
    if (!call.answered) call.respond({});
    reported.reports.push(call.payload as Payload);
    if (call.payload.tbc !== true) break;
  }
  return reported;
}

/** Step "Message ReportChargingProfilesRequest - requestId <Generated requestId>": every report carries it (K09.FR.01). */
export function expectRequestId(ctx: Ctx, got: Reported, requirement: string): void {
  for (const r of got.reports) ctx.expect(r.requestId, `${requirement}: ReportChargingProfilesRequest requestId`).to.equal(got.requestId);
}

/** The profiles reported, each with the EVSE of its report. */
export const reportedProfiles = (got: Reported): Array<{ evseId: number; profile: Payload }> =>
  got.reports.flatMap((r) => ((r.chargingProfile ?? []) as Payload[]).map((profile) => ({ evseId: Number(r.evseId), profile })));

/** Where `got` differs from what was sent (`sent`): a field missing or with another value; date-times compare as instants. */
export function differences(sent: unknown, got: unknown, path = 'chargingProfile'): string[] {
  if (typeof sent === 'string' && typeof got === 'string' && /^\d{4}-\d\d-\d\dT/.test(sent)) return Date.parse(sent) === Date.parse(got) ? [] : [`${path} ${got}, sent ${sent}`];
  if (Array.isArray(sent)) {
    if (!Array.isArray(got) || got.length !== sent.length) return [`${path} has ${Array.isArray(got) ? got.length : 'no'} elements, sent ${sent.length}`];
    return sent.flatMap((x, i) => differences(x, got[i], `${path}[${i}]`));
  }
  if (sent !== null && typeof sent === 'object') {
    if (got === null || typeof got !== 'object') return [`${path} missing`];
    return Object.entries(sent).flatMap(([k, v]) => differences(v, (got as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return sent === got ? [] : [`${path} ${JSON.stringify(got)}, sent ${JSON.stringify(sent)}`];
}

/**
 * Step "chargingProfile <the profile set>" (and "The same profile is reported as send in step 1"): the
 * reports hold the profile with `p.id`, on its EVSE (`evseId` when the step names one), as sent.
 */
export function expectReported(ctx: Ctx, got: Reported, p: Profile201, requirement: string, evseId: number | undefined = p.evseId): void {
  const found = reportedProfiles(got).filter((x) => Number(x.profile.id) === p.id);
  if (!found.length) ctx.fail(`ReportChargingProfilesRequest does not report chargingProfile id ${p.id} (reported: ${reportedProfiles(got).map((x) => `${String(x.profile.id)}@EVSE ${x.evseId}`).join(', ') || 'none'})`, requirement);
  if (evseId !== undefined) ctx.expect(found[0]!.evseId, `${requirement}: ReportChargingProfilesRequest evseId of profile ${p.id}`).to.equal(evseId);
  const diff = differences(payloadOf(p), found[0]!.profile);
  if (diff.length) ctx.fail(`the reported chargingProfile ${p.id} is not the one set: ${diff.join('; ')}`, requirement);
}

/** "All report message have been received" and only what was asked: no profile of `others` (the case's other profiles) is reported. */
export function expectNotReported(ctx: Ctx, got: Reported, others: readonly Profile201[], requirement: string): void {
  const ids = new Set(others.map((p) => p.id));
  const extra = reportedProfiles(got).filter((x) => ids.has(Number(x.profile.id)));
  if (extra.length) ctx.fail(`ReportChargingProfilesRequest reports chargingProfile ${extra.map((x) => `${String(x.profile.id)} (EVSE ${x.evseId})`).join(', ')}, which the request's criteria exclude`, requirement);
}

export interface CompositeCheck {
  evseId: number;
  durationS: number;
  /** The profiles the station holds now, as sent. */
  installed: readonly Profile201[];
}

/**
 * GetCompositeScheduleRequest and its response checks: status Accepted, schedule.evseId, duration and
 * chargingRateUnit as asked, scheduleStart within the max time deviation of now, and the periods as the
 * judge computes them (start times within the deviation; where no profile limits, any limit).
 */
export async function checkComposite(ctx: Ctx, s: Sc201, c: CompositeCheck, requirement: string): Promise<CompositePeriod201[]> {
  const res = await ctx.sut.call('GetCompositeSchedule', { evseId: c.evseId, duration: c.durationS, chargingRateUnit: s.unit }, { requirement });
  const now = Date.now();
  ctx.expect(res.status, `${requirement}: GetCompositeScheduleResponse status`).to.equal('Accepted');
  const schedule = res.schedule as Payload | undefined;
  if (!schedule) ctx.fail('GetCompositeScheduleResponse has no schedule', requirement);
  ctx.expect(schedule.evseId, `${requirement}: schedule.evseId`).to.equal(c.evseId);
  ctx.expect(schedule.duration, `${requirement}: schedule.duration`).to.equal(c.durationS);
  ctx.expect(schedule.chargingRateUnit, `${requirement}: schedule.chargingRateUnit`).to.equal(s.unit);
  const start = Date.parse(String(schedule.scheduleStart));
  if (!Number.isFinite(start) || Math.abs(now - start) > s.deviationS * 1000) {
    ctx.fail(`schedule.scheduleStart ${String(schedule.scheduleStart)} is not within ${s.deviationS} s of the current time`, requirement);
  }
  const actual = ((schedule.chargingSchedulePeriod ?? []) as Payload[]).map((p) => ({ startPeriod: Number(p.startPeriod), limit: Number(p.limit) }));
  if (actual[0]?.startPeriod !== 0) ctx.fail(`the first chargingSchedulePeriod starts at ${String(actual[0]?.startPeriod)}, not 0 (K01.FR.31)`, requirement);
  const tx = txSession(ctx);
  const transaction = tx.transactionId !== undefined && !tx.ended && tx.evseId === c.evseId ? { transactionId: tx.transactionId, startMs: startedAt(tx) } : undefined;
  // evseId 0: the total of the EVSEs (K08.FR.03), each with its transaction when it has one.
  const evses = ctx.ics.evses.map((e) => ({ evseId: e.id, ...(tx.transactionId !== undefined && !tx.ended && tx.evseId === e.id ? { transaction: { transactionId: tx.transactionId, startMs: startedAt(tx) } } : {}) }));
  const expected = expectedComposite201(c.installed, { evseId: c.evseId, startMs: start, durationS: c.durationS, unit: s.unit, ...(transaction ? { transaction } : {}), ...(c.evseId === 0 ? { evses } : {}) });
  ctx.log(`composite schedule as Part 2's rules give it: ${showComposite(expected)}; reported: ${showComposite(actual)}`);
  const problems = compareComposite201(expected, actual, c.durationS, s.deviationS);
  if (problems.length) ctx.fail(`chargingSchedulePeriod is not calculated accordingly: ${problems.join('; ')}`, requirement);
  return actual;
}

/** When the transaction started (its Started event's timestamp), for Relative schedules. */
function startedAt(s: TxSession): number {
  const t = Date.parse(String(s.last?.timestamp ?? ''));
  return Number.isFinite(t) ? t : Date.now();
}

/** The transactionId of TC_K_02_CS / TC_K_16_CS, as Part 6 writes it. */
export const UNKNOWN_TRANSACTION_ID = 'UNKNOWN-TRANSACTION-ID';

/** <EVSECount + 1> / <Configured number of evse> + 1: an evseId the station does not have. */
export const evseCountPlusOne = (ctx: Ctx): number => Math.max(0, ...ctx.ics.evses.map((e) => e.id)) + 1;

/**
 * Prerequisites "The configuration variable X must be > n" (SmartChargingCtrlr, Actual): NOT_APPLICABLE when
 * the station reports less; a variable it does not report is not held against it. ("ChargingProfileEntries.maxLimit"
 * is a variable characteristic, not an attribute GetVariables reads: a station too small fails its Memory State,
 * INCONCLUSIVE.)
 */
export async function needsVariablesAbove(ctx: Ctx, wanted: ReadonlyArray<readonly [string, number]>): Promise<void> {
  const res = await ctx.sut.callRaw('GetVariables', {
    getVariableData: wanted.map(([variable]) => ({ component: { name: 'SmartChargingCtrlr' }, variable: { name: variable } })),
  } as Payload as never);
  if (res.kind !== 'result') return;
  for (const r of (res.payload.getVariableResult ?? []) as Payload[]) {
    const name = String((r.variable as Payload | undefined)?.name);
    const min = wanted.find(([v]) => v === name)?.[1];
    const v = Number(r.attributeValue);
    if (r.attributeStatus === 'Accepted' && min !== undefined && Number.isFinite(v) && v <= min) {
      throw new CaseNotApplicable(`prerequisite: SmartChargingCtrlr.${name} is ${v}, the case needs > ${min}`);
    }
  }
}

/** Configuration State of TC_K_09_CS / TC_K_28_CS: SmartChargingCtrlr.LimitChangeSignificance is 1.0. */
export const LIMIT_CHANGE_SIGNIFICANCE: VariableSetting[] = [{ component: 'SmartChargingCtrlr', variable: 'LimitChangeSignificance', value: '1.0' }];

/**
 * The chargingRateUnit the station does not support (TC_K_12_CS, TC_K_42_CS: NOT (SC-2.1 and SC-2.2)): the other one of
 * the two when the ICS claims exactly one (SC-2.1 A, SC-2.2 W), else <Configured chargingRateUnit> as the steps write it.
 */
export function unsupportedUnit(ctx: Ctx, s: Sc201): Sc201 {
  const a = ctx.ics.features.includes('SC-2.1');
  const w = ctx.ics.features.includes('SC-2.2');
  const unit = a !== w ? (a ? 'W' : 'A') : s.unit;
  return { ...s, unit, scale: unit === 'W' ? 1000 : 1, multiplier: unit === 'W' ? 230 * s.phases : 1 };
}
