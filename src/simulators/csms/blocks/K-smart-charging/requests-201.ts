/**
 * K Smart Charging of the reference CSMS, 2.0.1 requests: the default payloads of SetChargingProfile,
 * ClearChargingProfile, GetChargingProfiles and GetCompositeSchedule (K01, K10, K09, K08), the
 * completion of a profile the operator described (what a CSMS fills in itself: schedule ids, the
 * startSchedule of K01.FR.40, the validity window, the transaction of K01.FR.03) and this block's
 * request faults. It remembers the limit of the last TxProfile per EVSE, which the EV's schedule
 * is checked against (ev-charging.ts).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { liveTransaction, type RequestBuilder, type RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];
type Builder = RequestBuilder<Faults>;
/** What the completion needs of a request context (a handler builds one of its own). */
export type ProfileContext = Pick<RequestContext<Faults>, 'version' | 'stationId' | 'csms' | 'nextRequestId'>;

const DAY_MS = 86_400_000;
export const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectOr = (v: unknown): Payload => (isObject(v) ? v : {});
const schedulesOf = (profile: Payload): Payload[] => (Array.isArray(profile.chargingSchedule) ? profile.chargingSchedule.filter(isObject) : []);

/** The transaction running on an EVSE of the station (the station's latest running one when the EVSE is not known). */
export function transactionOn(ctx: ProfileContext, evseId: unknown): string | undefined {
  let found: string | undefined;
  for (const t of ctx.csms.transactions.values()) {
    if (t.stationId === ctx.stationId && t.state === 'Active' && (evseId === undefined || t.evseId === undefined || t.evseId === evseId)) found = t.transactionId;
  }
  return found ?? liveTransaction(ctx.csms.transactions, ctx.stationId)?.transactionId;
}

/** The highest limit of a profile's schedules (its unit with it). */
export function highestLimit(profile: Payload): { limit: number; unit: string } | undefined {
  let best: { limit: number; unit: string } | undefined;
  for (const s of schedulesOf(profile)) {
    for (const period of Array.isArray(s.chargingSchedulePeriod) ? s.chargingSchedulePeriod.filter(isObject) : []) {
      if (typeof period.limit === 'number' && (!best || period.limit > best.limit)) best = { limit: period.limit, unit: String(s.chargingRateUnit) };
    }
  }
  return best;
}

export class ProfileRequests201 {
  /** The id the builder gave the last SetChargingProfile, per station: another id there came from the operator (a replacement). */
  private readonly generated = new Map<string, number>();
  /** The id of the last profile sent, per station (fault profile-id-reused). */
  private readonly lastSent = new Map<string, number>();
  /** The limit of the last TxProfile sent, per `station/evse`. */
  private readonly txLimits = new Map<string, { limit: number; unit: string }>();

  txLimit(stationId: string, evseId: unknown): { limit: number; unit: string } | undefined {
    return this.txLimits.get(`${stationId}/${String(evseId)}`);
  }

  builders(): Record<string, Builder> {
    return {
      // K01: a profile of the purpose the operator asks for; the rest a sensible default (Absolute, 300 s, 6 A).
      SetChargingProfile: (ctx, hint) => {
        const purpose = String(objectOr(hint.chargingProfile).chargingProfilePurpose ?? 'TxDefaultProfile');
        const id = ctx.nextRequestId();
        this.generated.set(ctx.stationId, id);
        const evseId = purpose === 'ChargingStationMaxProfile' ? 0 : 1;
        return {
          evseId,
          chargingProfile: {
            id, stackLevel: 0, chargingProfilePurpose: purpose, chargingProfileKind: 'Absolute',
            chargingSchedule: [{ id: 1, chargingRateUnit: 'A', duration: 300, chargingSchedulePeriod: [{ startPeriod: 0, limit: 6 }] }],
          },
        };
      },
      // K10: without a hint every profile; the operator names a chargingProfileId or chargingProfileCriteria (K10.FR.02).
      ClearChargingProfile: () => ({}),
      // K09: chargingProfile (the criteria) is required; the operator fills evseId and the criteria.
      GetChargingProfiles: (ctx) => ({ requestId: ctx.nextRequestId(), chargingProfile: {} }),
      // K08: the station as a whole, 300 s, in A.
      GetCompositeSchedule: () => ({ duration: 300, evseId: 0, chargingRateUnit: 'A' }),
    };
  }

  /**
   * What the CSMS fills in itself (the operator describes the limits): the profile's and the schedules' ids, a startSchedule for
   * Absolute and Recurring profiles (K01.FR.40), a recurrencyKind for Recurring ones; for SetChargingProfile
   * also the validity window of an Absolute profile (from now for the schedule's duration) and the running
   * transaction of a TxProfile (K01.FR.03).
   */
  complete(ctx: ProfileContext, profile: Payload, evseId: unknown, where: 'set' | 'remote-start'): Payload {
    const kind = String(profile.chargingProfileKind ?? 'Absolute');
    const now = ctx.csms.now().getTime();
    const schedules = schedulesOf(profile).map((s, i): Payload => ({
      id: i + 1, ...s, ...(kind !== 'Relative' && s.startSchedule === undefined ? { startSchedule: new Date(now).toISOString() } : {}),
    }));
    const out: Payload = { ...profile, chargingSchedule: schedules };
    if (out.id === undefined) out.id = ctx.nextRequestId();
    if (kind === 'Recurring' && out.recurrencyKind === undefined) out.recurrencyKind = 'Daily';
    if (where === 'remote-start') return out;
    if (kind === 'Absolute' && out.validFrom === undefined && out.validTo === undefined) {
      const duration = schedules[0]?.duration;
      out.validFrom = new Date(now).toISOString();
      out.validTo = new Date(now + (typeof duration === 'number' ? duration * 1000 : DAY_MS)).toISOString();
    }
    if (out.chargingProfilePurpose === 'TxProfile' && out.transactionId === undefined) {
      const tx = transactionOn(ctx, evseId);
      if (tx) out.transactionId = tx;
    }
    return out;
  }

  /** Completes the profiles of the payload, then applies this block's 2.0.1 request faults. */
  shape(ctx: ProfileContext, action: string, p: Payload): Payload {
    const has = (n: Faults) => ctx.csms.hasFault(n);
    if (action === 'SetChargingProfile' && isObject(p.chargingProfile)) return this.shapeSet(ctx, p);
    if (action === 'RequestStartTransaction' && isObject(p.chargingProfile)) {
      const profile = this.complete(ctx, p.chargingProfile, p.evseId, 'remote-start');
      if (has('remote-start-profile-with-transaction')) profile.transactionId = transactionOn(ctx, p.evseId) ?? `tx-${String(ctx.nextRequestId())}`;
      return { ...p, chargingProfile: profile };
    }
    if (action === 'ClearChargingProfile') {
      const out = { ...p };
      if (has('clear-by-id-adds-criteria') && out.chargingProfileId !== undefined) out.chargingProfileCriteria = { chargingProfilePurpose: 'TxDefaultProfile' };
      if (has('clear-criteria-no-stack-level') && isObject(out.chargingProfileCriteria)) {
        const { stackLevel: _dropped, ...rest } = out.chargingProfileCriteria;
        out.chargingProfileCriteria = rest;
      }
      return out;
    }
    if (action === 'GetChargingProfiles') {
      const out: Payload & { chargingProfile: Payload } = { ...p, chargingProfile: { ...objectOr(p.chargingProfile) } };
      if (has('get-profiles-no-evse')) delete out.evseId;
      if (has('get-profiles-extra-criteria') && out.chargingProfile.stackLevel === undefined) out.chargingProfile.stackLevel = 0;
      return out;
    }
    if (action === 'GetCompositeSchedule' && has('composite-unit-flipped')) return { ...p, chargingRateUnit: p.chargingRateUnit === 'W' ? 'A' : 'W' };
    return p;
  }

  private shapeSet(ctx: ProfileContext, p: Payload): Payload {
    const has = (n: Faults) => ctx.csms.hasFault(n);
    const profile = this.complete(ctx, objectOr(p.chargingProfile), p.evseId, 'set');
    const last = this.lastSent.get(ctx.stationId);
    if (has('replace-profile-new-id') && profile.id !== this.generated.get(ctx.stationId)) profile.id = ctx.nextRequestId();
    if (has('profile-id-reused') && last !== undefined) profile.id = last;
    if (has('profile-no-validity')) {
      delete profile.validFrom;
      delete profile.validTo;
    }
    if (has('max-profile-relative') && profile.chargingProfilePurpose === 'ChargingStationMaxProfile') profile.chargingProfileKind = 'Relative';
    if (has('profile-no-start-schedule') || profile.chargingProfileKind === 'Relative') {
      profile.chargingSchedule = schedulesOf(profile).map(({ startSchedule: _dropped, ...rest }) => rest);
    }
    if (has('relative-profile-with-start-schedule') && profile.chargingProfileKind === 'Relative') {
      profile.chargingSchedule = schedulesOf(profile).map((sch) => ({ ...sch, startSchedule: ctx.csms.now().toISOString() }));
    }
    if (has('recurring-no-recurrency-kind')) delete profile.recurrencyKind;
    if (has('tx-profile-no-transaction')) delete profile.transactionId;
    if (typeof profile.id === 'number') this.lastSent.set(ctx.stationId, profile.id);
    const limit = highestLimit(profile);
    if (profile.chargingProfilePurpose === 'TxProfile' && limit) this.txLimits.set(`${ctx.stationId}/${String(p.evseId)}`, limit);
    return { ...p, chargingProfile: profile };
  }
}
