/**
 * K Smart Charging of the reference CSMS. 1.6: the default payloads of SetChargingProfile,
 * ClearChargingProfile and GetCompositeSchedule (OCPP 1.6 5.5, 5.7, 5.16) and this block's request
 * faults (the station's answers need no handler). 2.0.1: requests-201.ts (the K01/K08/K09/K10
 * requests) and notifications-201.ts (the station's K09/K12/K13/K15-K17 messages).
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import { liveTransaction, type RequestBuilder, type RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';
import { ProfileRequests201 } from './requests-201.js';
import { EvCharging201 } from './notifications-201.js';

type Faults = (typeof FAULTS)[number]['name'];
type Builder = RequestBuilder<Faults>;

const DAY_MS = 86_400_000;
const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A complete ChargingProfile: the purpose, unit and connector come from the operator's hint
 * (csChargingProfiles / connectorId), the rest is a sensible default: Absolute from now, valid for a
 * day, 300 s, 6 A (6000 W) on 3 phases; a TxProfile carries the running transaction's id.
 */
const setChargingProfile: Builder = (ctx, hint) => {
  const given = isObject(hint.csChargingProfiles) ? hint.csChargingProfiles : {};
  const schedule = isObject(given.chargingSchedule) ? given.chargingSchedule : {};
  const purpose = String(given.chargingProfilePurpose ?? 'TxDefaultProfile');
  const unit = schedule.chargingRateUnit === 'W' ? 'W' : 'A';
  const now = ctx.csms.now().getTime();
  const tx = purpose === 'TxProfile' ? liveTransaction(ctx.csms.transactions, ctx.stationId) : undefined;
  return {
    connectorId: purpose === 'ChargePointMaxProfile' ? 0 : 1,
    csChargingProfiles: {
      chargingProfileId: ctx.nextRequestId(), stackLevel: 0, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute',
      ...(tx ? { transactionId: Number(tx.transactionId) } : {}),
      validFrom: new Date(now).toISOString(), validTo: new Date(now + DAY_MS).toISOString(),
      chargingSchedule: {
        duration: 300, startSchedule: new Date(now).toISOString(), chargingRateUnit: unit,
        chargingSchedulePeriod: [{ startPeriod: 0, limit: unit === 'W' ? 6000 : 6, numberPhases: 3 }],
      },
    },
  };
};

const BUILDERS_16: Record<string, Builder> = {
  SetChargingProfile: setChargingProfile,
  // All fields omitted: every profile (5.5); the hint narrows it (id, or connectorId / purpose / stackLevel).
  ClearChargingProfile: () => ({}),
  GetCompositeSchedule: () => ({ connectorId: 1, duration: 300, chargingRateUnit: 'A' }),
};

function withFaults(ctx: RequestContext<Faults>, action: string, p: Payload): Payload {
  if (ctx.version !== '1.6') return p;
  const has = (n: Faults) => ctx.csms.hasFault(n);
  if (action === 'SetChargingProfile' && isObject(p.csChargingProfiles)) {
    const profile: Payload = { ...p.csChargingProfiles };
    if (has('charging-profile-no-validity')) {
      delete profile.validFrom;
      delete profile.validTo;
      if (isObject(profile.chargingSchedule)) {
        const { startSchedule: _dropped, ...rest } = profile.chargingSchedule;
        profile.chargingSchedule = rest;
      }
    }
    if (has('tx-profile-wrong-transaction') && profile.transactionId !== undefined) profile.transactionId = Number(profile.transactionId) + 1;
    return { ...p, csChargingProfiles: profile };
  }
  if (action === 'GetCompositeSchedule' && has('composite-unit-flipped')) return { ...p, chargingRateUnit: p.chargingRateUnit === 'W' ? 'A' : 'W' };
  if (action === 'ClearChargingProfile' && has('clear-by-id-with-criteria') && p.id !== undefined) {
    return { connectorId: 1, chargingProfilePurpose: 'TxDefaultProfile', stackLevel: 0, ...p };
  }
  if (action === 'RemoteStartTransaction' && has('remote-start-profile-absolute') && isObject(p.chargingProfile)) {
    const profile = p.chargingProfile;
    const schedule = isObject(profile.chargingSchedule) ? profile.chargingSchedule : {};
    return { ...p, chargingProfile: { ...profile, chargingProfileKind: 'Absolute', chargingSchedule: { ...schedule, startSchedule: ctx.csms.now().toISOString() } } };
  }
  return p;
}

export const create: CsmsBlockFactory<Faults> = (host) => {
  const requests = new ProfileRequests201();
  // Personality ev-needs-processing: NotifyEVChargingNeeds answered Processing, the profile later (K15.FR.05).
  const processingMs = host.behaviour?.evNeedsProcessingMs;
  const ev = new EvCharging201(requests, { needsProcessing: processingMs !== undefined, processingMs: processingMs ?? 0 });
  return {
    requests: () => ({ '1.6': BUILDERS_16, '2.0.1': requests.builders() }),
    handlers: () => ev.handlers(),
    shapeRequest: (ctx, action, p) => (ctx.version === '1.6' ? withFaults(ctx, action, p) : ctx.version === '2.0.1' ? requests.shape(ctx, action, p) : p),
  };
};
