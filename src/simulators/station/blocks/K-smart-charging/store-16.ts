/**
 * The 1.6 charging profiles installed on the reference station (OCPP 1.6 3.13, 5.5, 5.16): what
 * SetChargingProfile may install, what replaces what, and what ClearChargingProfile removes.
 */
import type { Payload } from '../../../../rpc/codec.js';

export type Purpose16 = 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';

/** The smart charging limits the station advertises (9.4; B's config-keys.ts reports the same values). */
export const LIMITS_16 = { maxStackLevel: 8, maxPeriods: 24, maxInstalled: 10, allowedUnits: ['A', 'W'] } as const;

export interface StoredProfile16 {
  id: number;
  connectorId: number;
  purpose: Purpose16;
  stackLevel: number;
  kind: 'Absolute' | 'Relative' | 'Recurring';
  recurrency?: 'Daily' | 'Weekly';
  transactionId?: string;
  validFrom?: number;
  validTo?: number;
  startSchedule?: number;
  durationS?: number;
  unit: 'A' | 'W';
  periods: Array<{ startPeriod: number; limit: number; numberPhases?: number }>;
  /** Epoch ms it was installed. */
  installedAt: number;
}

const time = (v: unknown): number | undefined => (typeof v === 'string' ? Date.parse(v) : undefined);

/** The stored form of a csChargingProfiles / chargingProfile payload on `connectorId`. */
export function toStored(connectorId: number, p: Payload): StoredProfile16 {
  const s = (p.chargingSchedule ?? {}) as Payload;
  const periods = ((s.chargingSchedulePeriod ?? []) as Payload[]).map((x) => ({
    startPeriod: Number(x.startPeriod), limit: Number(x.limit), ...(x.numberPhases !== undefined ? { numberPhases: Number(x.numberPhases) } : {}),
  }));
  const opt = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : { [key]: v }) as Partial<Record<K, V>>;
  return {
    id: Number(p.chargingProfileId), connectorId, purpose: p.chargingProfilePurpose as Purpose16, stackLevel: Number(p.stackLevel),
    kind: p.chargingProfileKind as StoredProfile16['kind'], unit: s.chargingRateUnit === 'W' ? 'W' : 'A', periods, installedAt: Date.now(),
    ...opt('recurrency', p.recurrencyKind as StoredProfile16['recurrency']),
    ...opt('transactionId', p.transactionId === undefined ? undefined : String(p.transactionId)),
    ...opt('validFrom', time(p.validFrom)), ...opt('validTo', time(p.validTo)), ...opt('startSchedule', time(s.startSchedule)),
    ...opt('durationS', s.duration === undefined ? undefined : Number(s.duration)),
  };
}

/** Why the station cannot take the profile (its own limits and 1.6 5.16), or undefined when it can. */
export function unfit(p: StoredProfile16, connectors: number): string | undefined {
  if (p.connectorId < 0 || p.connectorId > connectors) return 'unknown connector';
  if (p.purpose === 'ChargePointMaxProfile' && p.connectorId !== 0) return 'ChargePointMaxProfile only on connector 0';
  if (p.purpose === 'TxProfile' && p.connectorId === 0) return 'TxProfile only on a connector';
  if (p.stackLevel < 0 || p.stackLevel > LIMITS_16.maxStackLevel) return 'stackLevel above ChargeProfileMaxStackLevel';
  if (p.periods.length === 0 || p.periods.length > LIMITS_16.maxPeriods) return 'period count';
  if (p.kind === 'Recurring' && !p.recurrency) return 'Recurring without recurrencyKind';
  if (p.kind !== 'Relative' && p.startSchedule === undefined && p.kind !== 'Recurring') return 'no startSchedule';
  return undefined;
}

export class ProfileStore16 {
  private profiles: StoredProfile16[] = [];

  list(): readonly StoredProfile16[] {
    return this.profiles;
  }

  /**
   * Installs `p`: it replaces a profile with its id, and one with the same stack level and purpose on
   * its connector (3.13.2). False when the station is full (MaxChargingProfilesInstalled).
   */
  install(p: StoredProfile16): boolean {
    const kept = this.profiles.filter((x) => x.id !== p.id && !(x.connectorId === p.connectorId && x.purpose === p.purpose && x.stackLevel === p.stackLevel));
    if (kept.length >= LIMITS_16.maxInstalled) return false;
    this.profiles = [...kept, p];
    return true;
  }

  /** ClearChargingProfile (5.5): by id, else by the criteria given; the number removed. */
  clear(c: { id?: number; connectorId?: number; purpose?: string; stackLevel?: number }): number {
    const before = this.profiles.length;
    const match = (p: StoredProfile16) => (c.id !== undefined
      ? p.id === c.id
      : (c.connectorId === undefined || p.connectorId === c.connectorId) && (c.purpose === undefined || p.purpose === c.purpose)
        && (c.stackLevel === undefined || p.stackLevel === c.stackLevel));
    this.profiles = this.profiles.filter((p) => !match(p));
    return before - this.profiles.length;
  }

  /** 1.6 3.13.4: a TxProfile ends with its transaction; `running` says which transaction runs where. */
  dropEnded(running: (connectorId: number) => { transactionId?: string } | undefined): void {
    this.profiles = this.profiles.filter((p) => {
      if (p.purpose !== 'TxProfile') return true;
      const tx = running(p.connectorId);
      if (p.transactionId === undefined) return true; // from a remote start whose transaction has not begun yet
      return tx !== undefined && (tx.transactionId === undefined || tx.transactionId === p.transactionId);
    });
  }

  /** A remote start's TxProfile takes the transaction's id once the Central System issued it. */
  bind(running: (connectorId: number) => { transactionId?: string } | undefined): void {
    for (const p of this.profiles) {
      if (p.purpose !== 'TxProfile' || p.transactionId !== undefined) continue;
      const id = running(p.connectorId)?.transactionId;
      if (id !== undefined) p.transactionId = id;
    }
  }
}
