/**
 * The charging profiles of the K Smart Charging cases, charging station under test (Part 6 2.12): the
 * "<Configured ...>" values they use and the ChargingProfile payloads their steps and memory states
 * describe. Limits are written in A as the document does; "If <Configured chargingRateUnit> is W, then
 * the limit field will be multiplied by 1000".
 */
import type { CaseContext } from '../../kit.js';
import { configured, configuredText } from '../_shared/configured.js';
import type { Profile201, Purpose201, RateUnit } from './steps.composite.js';



export interface Sc201 {
  /** <Configured evseId>. */
  evseId: number;
  /** <Configured chargingProfileId>; a case's further profiles take the next ids. */
  profileId: number;
  /** <Configured duration>, s. */
  durationS: number;
  /** <Configured stackLevel>. */
  stackLevel: number;
  /** <Configured numberPhases>. */
  phases: number;
  /** <Configured chargingRateUnit>, and the factor of the document's limits in it (x1000 in W as the base tables write it). */
  unit: RateUnit;
  scale: number;
  /** <limit multiplier> (errata 2025-09 6.2.69, [csKSmartChargingChargingProfileLimits]): 1 in A, 230 x <Configured numberPhases> in W. */
  multiplier: number;
  /** <Configured RecurrencyKind>. */
  recurrency: 'Daily' | 'Weekly';
  /** <Configured max time deviation>, s. */
  deviationS: number;
  /** <Configured chargingProfilePurpose> (TC_K_06_CS). */
  purpose: Purpose201;
  /** <Configured chargingLimitSource> and <Configured chargingLimitSource2> (TC_K_34_CS). */
  limitSource: string;
  limitSource2: string;
}

export function sc201(ctx: CaseContext<'2.0.1', 'CS'>): Sc201 {
  const watts = configured(ctx, 'chargingRateInWatts') === 1;
  const s: Sc201 = {
    evseId: ctx.ics.evses[0]?.id ?? 1, profileId: configured(ctx, 'chargingProfileId'), durationS: configured(ctx, 'chargingScheduleDurationS'),
    stackLevel: configured(ctx, 'chargingStackLevel'), phases: configured(ctx, 'chargingNumberPhases'), unit: watts ? 'W' : 'A', scale: watts ? 1000 : 1, multiplier: watts ? 230 * configured(ctx, 'chargingNumberPhases') : 1,
    recurrency: configured(ctx, 'chargingRecurrencyWeekly') === 1 ? 'Weekly' : 'Daily', deviationS: Math.max(1, Math.ceil(ctx.ics.timeouts.maxTimeDeviationMs / 1000)),
    purpose: configuredText(ctx, 'chargingProfilePurpose') as Purpose201,
    limitSource: configuredText(ctx, 'chargingLimitSource'), limitSource2: configuredText(ctx, 'chargingLimitSource2'),
  };
  ctx.log(`configured smart charging: evseId ${s.evseId}, chargingProfileId ${s.profileId}, duration ${s.durationS} s, stackLevel ${s.stackLevel}, numberPhases ${s.phases}, chargingRateUnit ${s.unit}, max time deviation ${s.deviationS} s`);
  return s;
}

export interface ProfileSpec {
  id: number;
  evseId: number;
  purpose: Purpose201;
  stackLevel?: number;
  kind?: Profile201['chargingProfileKind'];
  /** [startPeriod s, limit in A (x1000 in W)]. */
  periods?: ReadonlyArray<readonly [number, number]>;
  duration?: number;
  startSchedule?: string;
  validFrom?: string;
  validTo?: string;
  transactionId?: string;
}

/**
 * The case's limits by <limit multiplier> (errata 2025-09 6.2.69 "Use realistic values for composite schedules": TC_K_01,
 * 03, 04, 09, 10, 13, 21, 22, 23, 28, 37, 38, 40, 41, 56, 58, 60_CS): every limit of the steps and validations is
 * limit x <limit multiplier> instead of x1000 in W.
 */
export const byLimitMultiplier = (s: Sc201): Sc201 => ({ ...s, scale: s.multiplier });

/** A ChargingProfile (with the EVSE it is for) from the document's description. */
export function chargingProfile(s: Sc201, spec: ProfileSpec): Profile201 {
  const kind = spec.kind ?? 'Absolute';
  // Absolute and Recurring need a startSchedule (K01.FR.40); where the step gives none, now.
  const start = spec.startSchedule ?? (kind === 'Relative' ? undefined : new Date().toISOString());
  return {
    evseId: spec.evseId, id: spec.id, stackLevel: spec.stackLevel ?? s.stackLevel, chargingProfilePurpose: spec.purpose, chargingProfileKind: kind,
    ...(kind === 'Recurring' ? { recurrencyKind: s.recurrency } : {}),
    ...(spec.validFrom ? { validFrom: spec.validFrom } : {}),
    ...(spec.validTo ? { validTo: spec.validTo } : {}),
    ...(spec.transactionId !== undefined ? { transactionId: spec.transactionId } : {}),
    chargingSchedule: [{
      id: 1, ...(start ? { startSchedule: start } : {}), ...(spec.duration !== undefined ? { duration: spec.duration } : {}), chargingRateUnit: s.unit,
      chargingSchedulePeriod: (spec.periods ?? [[0, 6]]).map(([startPeriod, limit]) => ({ startPeriod, limit: limit * s.scale, numberPhases: s.phases })),
    }],
  };
}

/** The ChargingProfile payload of a profile (evseId travels beside it in SetChargingProfileRequest). */
export function payloadOf(p: Profile201): Record<string, unknown> {
  const { evseId: _evse, ...rest } = p;
  return rest;
}

/** "<current dateTime> + `plusS` seconds". */
export const fromNow = (plusS: number, nowMs = Date.now()): string => new Date(nowMs + plusS * 1000).toISOString();

/**
 * Memory State of TC_K_29..36_CS: <Generated Id1> a ChargingStationMaxProfile on the station (evseId 0),
 * <Generated Id2> a TxDefaultProfile on <Configured evseId>, at the stack levels given.
 */
export function maxAndDefault(s: Sc201, levels: { max?: number; txDefault?: number } = {}): { max: Profile201; txDefault: Profile201 } {
  return {
    max: chargingProfile(s, { id: s.profileId + 1, evseId: 0, purpose: 'ChargingStationMaxProfile', stackLevel: levels.max ?? s.stackLevel, duration: s.durationS, periods: [[0, 16]] }),
    txDefault: chargingProfile(s, { id: s.profileId + 2, evseId: s.evseId, purpose: 'TxDefaultProfile', stackLevel: levels.txDefault ?? s.stackLevel, duration: s.durationS }),
  };
}
