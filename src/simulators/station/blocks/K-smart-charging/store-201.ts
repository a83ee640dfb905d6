/**
 * The 2.0.1 charging profiles installed on the reference station, kept per EVSE (Part 2 K01, K09, K10):
 * what SetChargingProfile may install, what replaces what, what ClearChargingProfile removes and what
 * GetChargingProfiles selects. Each profile keeps the payload as it was sent, so it is reported as sent.
 */
import type { Payload } from '../../../../rpc/codec.js';

export type Purpose201 = 'ChargingStationExternalConstraints' | 'ChargingStationMaxProfile' | 'TxDefaultProfile' | 'TxProfile';

/** The smart charging limits the station advertises (SmartChargingCtrlr: ChargingProfileMaxStackLevel, PeriodsPerSchedule, Entries). */
export const LIMITS_201 = { maxStackLevel: 8, maxPeriods: 24, maxEntries: 16 } as const;

export interface Installed201 {
  evseId: number;
  /** chargingLimitSource the profile came from (K09: CSO for every profile the CSMS sets). */
  source: 'CSO' | 'EMS' | 'SO' | 'Other';
  /** The ChargingProfile as sent. */
  profile: Payload;
  installedAt: number;
}

const num = (v: unknown): number | undefined => (v === undefined ? undefined : Number(v));
export const idOf = (x: Installed201): number => Number(x.profile.id);
export const purposeOf = (x: Installed201): Purpose201 => x.profile.chargingProfilePurpose as Purpose201;
export const levelOf = (x: Installed201): number => Number(x.profile.stackLevel);
export const schedulesOf = (p: Payload): Payload[] => (Array.isArray(p.chargingSchedule) ? p.chargingSchedule as Payload[] : p.chargingSchedule ? [p.chargingSchedule as Payload] : []);

export interface ClearCriteria { id?: number; evseId?: number; purpose?: string; stackLevel?: number }
export interface ReportCriteria { evseId?: number; ids?: number[]; purpose?: string; stackLevel?: number; sources?: string[] }

export class ProfileStore201 {
  private items: Installed201[] = [];

  list(): readonly Installed201[] {
    return this.items;
  }

  /**
   * Installs a profile on `evseId`; one with the same id is replaced (K01.FR.05). K01.FR.06 (no two
   * profiles of one stackLevel, purpose and EVSE with overlapping validity) binds the CSMS: both are kept.
   * Undefined when installed, else why not.
   */
  install(evseId: number, profile: Payload, source: Installed201['source'] = 'CSO'): string | undefined {
    const kept = this.items.filter((x) => idOf(x) !== Number(profile.id));
    if (kept.length >= LIMITS_201.maxEntries) return 'ChargingProfileEntries full';
    this.items = [...kept, { evseId, source, profile, installedAt: Date.now() }];
    return undefined;
  }

  /** Removes the profiles of an external source (K13: the external system released its limit); how many. */
  release(source: Installed201['source']): number {
    const before = this.items.length;
    this.items = this.items.filter((x) => x.source !== source);
    return before - this.items.length;
  }

  /** Forgets everything (fault sc-profiles-lost-on-reboot). */
  forget(): void {
    this.items = [];
  }

  /** K10: by id, else every profile matching all the criteria given; the number matched (removed unless `keep`; only the first with `firstOnly`: faults). */
  clear(c: ClearCriteria, keep = false, firstOnly = false): number {
    const match = (x: Installed201) => (c.id !== undefined
      ? idOf(x) === c.id
      : (c.evseId === undefined || x.evseId === c.evseId) && (c.purpose === undefined || purposeOf(x) === c.purpose) && (c.stackLevel === undefined || levelOf(x) === c.stackLevel));
    // K10.FR.03/04/08: profiles of ChargingStationExternalConstraints are not the CSMS's to clear.
    const hit = this.items.filter((x) => purposeOf(x) !== 'ChargingStationExternalConstraints' && match(x)).slice(0, firstOnly ? 1 : undefined);
    if (!keep) this.items = this.items.filter((x) => !hit.includes(x));
    return hit.length;
  }

  /** K09: the profiles GetChargingProfiles asks for: evseId 0 only the station's, > 0 that EVSE's, omitted all (FR.04-06). */
  select(c: ReportCriteria): Installed201[] {
    return this.items.filter((x) => (c.evseId === undefined || x.evseId === c.evseId)
      && (!c.ids?.length || c.ids.includes(idOf(x)))
      && (c.purpose === undefined || purposeOf(x) === c.purpose)
      && (c.stackLevel === undefined || levelOf(x) === c.stackLevel)
      && (!c.sources?.length || c.sources.includes(x.source)));
  }

  /**
   * A TxProfile belongs to its transaction: one of a remote start (no transactionId yet) takes the id of the
   * transaction on its EVSE once there is one; it goes when its transaction is no longer running.
   */
  dropEnded(running: (evseId: number) => string | undefined): void {
    for (const x of this.items) {
      if (purposeOf(x) === 'TxProfile' && x.profile.transactionId === undefined && running(x.evseId) !== undefined) x.profile = { ...x.profile, transactionId: running(x.evseId) };
    }
    this.items = this.items.filter((x) => purposeOf(x) !== 'TxProfile' || x.profile.transactionId === undefined || running(x.evseId) === x.profile.transactionId);
  }
}

export const criteriaOf = (p: Payload): ReportCriteria => {
  const c = (p.chargingProfile ?? {}) as Payload;
  return {
    ...(p.evseId !== undefined ? { evseId: Number(p.evseId) } : {}),
    ...(Array.isArray(c.chargingProfileId) ? { ids: (c.chargingProfileId as unknown[]).map(Number) } : {}),
    ...(c.chargingProfilePurpose !== undefined ? { purpose: String(c.chargingProfilePurpose) } : {}),
    ...(num(c.stackLevel) !== undefined ? { stackLevel: num(c.stackLevel)! } : {}),
    ...(Array.isArray(c.chargingLimitSource) ? { sources: (c.chargingLimitSource as unknown[]).map(String) } : {}),
  };
};
