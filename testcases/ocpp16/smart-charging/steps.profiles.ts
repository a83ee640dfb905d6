/**
 * What both roles' Smart Charging cases share (OCTT 1.6 §2.22 / §3.19): the "<Configured ...>" values
 * and the charging profiles the document's memory states and steps describe.
 */
import type { CaseTools, ConfiguredValueName } from '../../kit.js';
import { fixedDefault } from '../_shared/configured.js';
import type { Period16, Profile16, Purpose16, RateUnit } from './steps.composite.js';

type ScName = Extract<ConfiguredValueName, 'chargingScheduleDurationS' | 'chargingStackLevel' | 'chargingNumberPhases' | 'chargingRateInWatts'>;

function value(ctx: CaseTools, name: ScName): number {
  const given = (ctx.settings.configured as Partial<Record<ScName, unknown>> | undefined)?.[name];
  return typeof given === 'number' && Number.isFinite(given) && given >= 0 ? given : fixedDefault(ctx, name);
}

export interface ScSettings {
  /** <Configured duration>, s. */
  durationS: number;
  /** <Configured StackLevel>. */
  stackLevel: number;
  /** <Configured numberPhases>. */
  phases: number;
  /** <Configured chargingRateUnit>. */
  unit: RateUnit;
  /** The document's limits are in A; "If <Configured chargingRateUnit> is W, then the limit field will be multiplied by 1000". */
  scale: number;
  /** <Configured max time deviation>, s. */
  deviationS: number;
}

export function scSettings(ctx: CaseTools): ScSettings {
  const watts = value(ctx, 'chargingRateInWatts') === 1;
  const s: ScSettings = {
    durationS: value(ctx, 'chargingScheduleDurationS'), stackLevel: value(ctx, 'chargingStackLevel'), phases: value(ctx, 'chargingNumberPhases'),
    unit: watts ? 'W' : 'A', scale: watts ? 1000 : 1, deviationS: Math.ceil(ctx.ics.timeouts.maxTimeDeviationMs / 1000),
  };
  ctx.log(`configured smart charging: duration ${s.durationS} s, stackLevel ${s.stackLevel}, numberPhases ${s.phases}, chargingRateUnit ${s.unit}, max time deviation ${s.deviationS} s`);
  return s;
}

export interface ProfileSpec {
  id: number;
  connectorId: number;
  purpose: Purpose16;
  stackLevel: number;
  /** Schedule duration, s. */
  duration?: number;
  /** [startPeriod s, limit in A (scaled to W when configured)]. */
  periods: ReadonlyArray<readonly [number, number]>;
  /** Absolute start (ISO); omitted for Relative. */
  startSchedule?: string;
  validFrom?: string;
  validTo?: string;
  transactionId?: number;
  kind?: Profile16['chargingProfileKind'];
}

/** A csChargingProfiles / chargingProfile payload (1.6 ChargingProfile) from the document's description. */
export function chargingProfile(s: ScSettings, spec: ProfileSpec): Profile16 {
  const periods: Period16[] = spec.periods.map(([startPeriod, limit]) => ({ startPeriod, limit: limit * s.scale, numberPhases: s.phases }));
  return {
    connectorId: spec.connectorId, chargingProfileId: spec.id, stackLevel: spec.stackLevel, chargingProfilePurpose: spec.purpose,
    chargingProfileKind: spec.kind ?? 'Absolute',
    ...(spec.transactionId !== undefined ? { transactionId: spec.transactionId } : {}),
    ...(spec.validFrom ? { validFrom: spec.validFrom } : {}),
    ...(spec.validTo ? { validTo: spec.validTo } : {}),
    chargingSchedule: {
      ...(spec.duration !== undefined ? { duration: spec.duration } : {}),
      ...(spec.startSchedule ? { startSchedule: spec.startSchedule } : {}),
      chargingRateUnit: s.unit, chargingSchedulePeriod: periods,
    },
  };
}

/** The ChargingProfile payload of a profile (connectorId travels beside it in SetChargingProfile.req). */
export function payloadOf(p: Profile16): Record<string, unknown> {
  const { connectorId: _connector, ...rest } = p;
  return rest;
}

/** "<current dateTime - <Configured max time deviation> seconds>" plus `plusS` seconds, as the tool writes it. */
export function backdated(s: ScSettings, nowMs: number, plusS = 0): string {
  return new Date(nowMs - s.deviationS * 1000 + plusS * 1000).toISOString();
}
