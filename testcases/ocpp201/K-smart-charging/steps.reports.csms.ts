/**
 * K08 / K09 with the CSMS under test: GetChargingProfiles and the OCTT's ReportChargingProfiles (the
 * profiles the simulated station holds), and GetCompositeSchedule with the OCTT's schedule.
 */
import type { CaseContext, Payload, Request } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { omitted, same, type KSettings, type Verify } from './steps.csms.js';

type Ctx = CaseContext<'2.0.1', 'CSMS'>;
type Criteria = Request<'2.0.1', 'GetChargingProfiles'>['chargingProfile'];
type StationProfile = Request<'2.0.1', 'ReportChargingProfiles'>['chargingProfile'][number];
type LimitSource = Request<'2.0.1', 'ReportChargingProfiles'>['chargingLimitSource'];

/** Steps 1-2 of K09: the CSMS sends GetChargingProfilesRequest (asked with `hint`), the OCTT answers Accepted. */
export async function getProfilesSent(ctx: Ctx, hint: Payload): Promise<Request<'2.0.1', 'GetChargingProfiles'>> {
  const req = await csmsRequest(ctx, 'GetChargingProfiles', () => ({ status: 'Accepted' as const }), { hint, requirement: 'K09.FR.03' });
  return req.payload;
}

/** What a GetChargingProfilesRequest must ask: a value, or 'omit' (errata 2025-09: the fields not asked for are omitted). */
export interface AskedCriteria {
  evseId: number | 'omit';
  chargingProfilePurpose: string | 'omit';
  stackLevel: number | 'omit';
  chargingLimitSource: string | 'omit';
  chargingProfileId: number | 'omit';
}

/** Tool validations of step 1 of TC_K_29-36_CSMS. */
export function expectCriteria(verify: Verify, req: Request<'2.0.1', 'GetChargingProfiles'>, asked: AskedCriteria): void {
  const c: Criteria = req.chargingProfile;
  const check = (actual: unknown, want: unknown, what: string) => {
    if (want === 'omit') omitted(verify, actual, `Step 1: GetChargingProfilesRequest ${what}`, 'K09.FR.03');
    else same(verify, actual, want, `Step 1: GetChargingProfilesRequest ${what}`, 'K09.FR.03');
  };
  check(req.evseId, asked.evseId, 'evseId');
  check(c.chargingProfilePurpose, asked.chargingProfilePurpose, 'chargingProfile.chargingProfilePurpose');
  check(c.stackLevel, asked.stackLevel, 'chargingProfile.stackLevel');
  check(c.chargingLimitSource?.[0], asked.chargingLimitSource, 'chargingProfile.chargingLimitSource');
  check(c.chargingProfileId?.[0], asked.chargingProfileId, 'chargingProfile.chargingProfileId');
}

/** The operator's instruction for GetChargingProfiles: the asked fields only. */
export function criteriaHint(asked: AskedCriteria): Payload {
  const has = <T>(v: T | 'omit'): v is T => v !== 'omit';
  const criteria: Payload = {
    ...(has(asked.chargingProfilePurpose) ? { chargingProfilePurpose: asked.chargingProfilePurpose } : {}),
    ...(has(asked.stackLevel) ? { stackLevel: asked.stackLevel } : {}),
    ...(has(asked.chargingLimitSource) ? { chargingLimitSource: [asked.chargingLimitSource] } : {}),
    ...(has(asked.chargingProfileId) ? { chargingProfileId: [asked.chargingProfileId] } : {}),
  };
  return { ...(has(asked.evseId) ? { evseId: asked.evseId } : {}), chargingProfile: criteria };
}

/** A profile the simulated station holds and reports, matching what was asked (Absolute from now, the configured schedule, 6 A). */
export function stationProfile(s: KSettings, id: number, asked: Request<'2.0.1', 'GetChargingProfiles'>['chargingProfile']): StationProfile {
  const purpose = (asked.chargingProfilePurpose ?? 'TxDefaultProfile') as StationProfile['chargingProfilePurpose'];
  return {
    id: asked.chargingProfileId?.[0] ?? id, stackLevel: asked.stackLevel ?? s.stackLevel, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute',
    chargingSchedule: [{ id: 1, startSchedule: new Date().toISOString(), chargingRateUnit: s.unit, duration: s.durationS, chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 * s.scale }] }],
  };
}

/**
 * Steps 3-4 of K09: the OCTT sends ReportChargingProfilesRequest with the received requestId, one per entry
 * (tbc true on all but the last, K09.FR.02); the CSMS must answer each.
 */
export async function reportProfiles(ctx: Ctx, requestId: number, reports: Array<{ evseId: number; profiles: StationProfile[]; source?: LimitSource }>): Promise<void> {
  for (const [i, r] of reports.entries()) {
    const last = i === reports.length - 1;
    await ctx.sut.call('ReportChargingProfiles', {
      requestId, chargingLimitSource: r.source ?? 'CSO', evseId: r.evseId, chargingProfile: r.profiles, ...(last ? {} : { tbc: true }),
    }, { requirement: 'K09' });
  }
}

/**
 * TC_K_43/44_CSMS: the CSMS sends GetCompositeScheduleRequest (asked for `evseId`, the configured duration and unit);
 * the OCTT answers Accepted with a schedule of 10 A (x1000 in W) from now. Tool validations of step 1 with `verify`.
 */
export async function compositeSent(ctx: Ctx, verify: Verify, s: KSettings, evseId: number): Promise<void> {
  const hint = { evseId, duration: s.durationS, chargingRateUnit: s.unit };
  const req = await csmsRequest(ctx, 'GetCompositeSchedule', (p) => {
    const unit = p.chargingRateUnit ?? s.unit;
    return {
      status: 'Accepted' as const,
      schedule: {
        evseId: p.evseId, duration: p.duration, scheduleStart: new Date().toISOString(), chargingRateUnit: unit,
        chargingSchedulePeriod: [{ startPeriod: 0, limit: unit === 'W' ? 10_000 : 10 }],
      },
    };
  }, { hint, requirement: 'K08.FR.01' });
  same(verify, req.payload.evseId, evseId, 'Step 1: GetCompositeScheduleRequest evseId', 'K08.FR.01');
  same(verify, req.payload.duration, s.durationS, 'Step 1: GetCompositeScheduleRequest duration (<Configured duration>)', 'K08.FR.01');
  same(verify, req.payload.chargingRateUnit, s.unit, 'Step 1: GetCompositeScheduleRequest chargingRateUnit (<Configured chargingRateUnit>)', 'K08.FR.01');
}

/**
 * TC_K_29-36_CSMS: Manual Action, 1-2. the CSMS sends GetChargingProfilesRequest asking `asked` (Accepted), step 1's tool
 * validations; 3-4. the OCTT reports a matching profile with the received requestId (per EVSE when no EVSE was asked, K_31).
 */
export async function getAndReport(ctx: Ctx, verify: Verify, s: KSettings, asked: AskedCriteria): Promise<void> {
  const req = await getProfilesSent(ctx, criteriaHint(asked));
  expectCriteria(verify, req, asked);
  const id = 1000 + Math.floor(Math.random() * 9000);
  const source = (req.chargingProfile.chargingLimitSource?.[0] ?? 'CSO') as LimitSource;
  const evses = req.evseId !== undefined ? [req.evseId] : ctx.ics.evses.map((e) => e.id);
  await reportProfiles(ctx, req.requestId, evses.map((evseId, i) => ({ evseId, profiles: [stationProfile(s, id + i, req.chargingProfile)], source })));
}
