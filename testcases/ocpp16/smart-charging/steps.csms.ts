/**
 * Steps of the Smart Charging cases with the Central System under test (OCTT 1.6 §3.19): the manual
 * action "make the Central System send ..." with the configured values as the operator's instructions,
 * and the checks of the requests it sends.
 */
import type { CaseContext, Payload } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import type { ScSettings } from './steps.profiles.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;

/** The Central System sends SetChargingProfile.req (answered Accepted); returns its payload. */
export async function profileSent(ctx: Ctx, hint: Payload, requirement: string): Promise<{ connectorId: unknown; profile: Payload }> {
  const req = await csmsSends(ctx, 'SetChargingProfile', () => ({ status: 'Accepted' as const }), { hint, requirement });
  const profile = (req.payload.csChargingProfiles ?? {}) as unknown as Payload;
  return { connectorId: req.payload.connectorId, profile };
}

/** The operator's instructions for a profile: purpose, stack level and the configured schedule. */
export function profileHint(s: ScSettings, connectorId: number, purpose: string, stackLevel: number): Payload {
  return {
    connectorId,
    csChargingProfiles: {
      chargingProfilePurpose: purpose, stackLevel,
      chargingSchedule: { duration: s.durationS, chargingRateUnit: s.unit, chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 * s.scale, numberPhases: s.phases }] },
    },
  };
}

/** The Central System sends ClearChargingProfile.req (answered Accepted); returns its payload. */
export async function clearSent(ctx: Ctx, hint: Payload, requirement: string): Promise<Payload> {
  const req = await csmsSends(ctx, 'ClearChargingProfile', () => ({ status: 'Accepted' as const }), { hint, requirement });
  return req.payload as unknown as Payload;
}

/** Checks that `payload` carries exactly the fields `allowed` of ClearChargingProfile.req (the others omitted). */
export function onlyFields(ctx: Ctx, payload: Payload, allowed: readonly string[], requirement: string): void {
  const extra = ['id', 'connectorId', 'chargingProfilePurpose', 'stackLevel'].filter((k) => !allowed.includes(k) && payload[k] !== undefined);
  ctx.expect(extra, `${requirement}: ClearChargingProfile.req fields that should be omitted`).to.deep.equal([]);
}
