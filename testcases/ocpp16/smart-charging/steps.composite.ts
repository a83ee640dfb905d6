/**
 * The judge's composite schedule for OCPP 1.6 (3.13 Smart Charging), written apart from the reference
 * station's (issue 17/19: the matrix proves the two against each other). Boundary method: every instant
 * where some profile may change its limit cuts the window into slices; each slice is evaluated at its
 * middle by the 1.6 combination rules:
 * - within a purpose, the valid profile with the highest stackLevel that has a period at that instant
 *   wins (3.13.2); at equal stackLevel a connector's own profile beats one on connector 0;
 * - a TxProfile of the running transaction overrules the TxDefaultProfile for the whole transaction
 *   (3.13.2; OCTT TC_066_CS: once the TxProfile's schedule ends the default does not come back);
 * - ChargePointMaxProfile caps the result (3.13.1): the lower limit applies;
 * - where no profile limits, the charge point's own limit applies (`limit` undefined).
 * Validity (validFrom/validTo), schedule duration, Relative (from the transaction start) and Recurring
 * (Daily/Weekly) kinds are honoured. Times are seconds from the window start.
 */

export type Purpose16 = 'ChargePointMaxProfile' | 'TxDefaultProfile' | 'TxProfile';
export type RateUnit = 'A' | 'W';

export interface Period16 { startPeriod: number; limit: number; numberPhases?: number }

export interface Profile16 {
  connectorId: number;
  chargingProfileId: number;
  transactionId?: number;
  stackLevel: number;
  chargingProfilePurpose: Purpose16;
  chargingProfileKind: 'Absolute' | 'Relative' | 'Recurring';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  chargingSchedule: { duration?: number; startSchedule?: string; chargingRateUnit: RateUnit; chargingSchedulePeriod: Period16[] };
}

/** What the composite is asked for and what the charge point knows at that moment. */
export interface CompositeQuery {
  connectorId: number;
  /** Window start (epoch ms) and length (s). */
  startMs: number;
  durationS: number;
  unit: RateUnit;
  /** The running transaction on the connector, if any (Relative profiles count from its start). */
  transaction?: { transactionId: number; startMs: number };
}

/** A composite period; `limit` undefined: no profile limits, the charge point's own limit applies. */
export interface CompositePeriod { startPeriod: number; limit?: number }

/** 1.6 has no voltage: the conversion assumes 230 V per phase and three phases when not given. */
const VOLTS = 230;
const DAY_S = 86_400;

const toS = (iso: string | undefined, q: CompositeQuery): number | undefined => (iso === undefined ? undefined : (Date.parse(iso) - q.startMs) / 1000);

/** Seconds from the window start at which `p`'s schedule (its current recurrence) starts, for instant `t`. */
function scheduleStart(p: Profile16, q: CompositeQuery, t: number): number | undefined {
  if (p.chargingProfileKind === 'Relative') return q.transaction ? (q.transaction.startMs - q.startMs) / 1000 : undefined;
  const base = toS(p.chargingSchedule.startSchedule, q);
  if (base === undefined) return undefined;
  if (p.chargingProfileKind !== 'Recurring') return base;
  const cycle = p.recurrencyKind === 'Weekly' ? 7 * DAY_S : DAY_S;
  return base + Math.floor((t - base) / cycle) * cycle;
}

/** The limit `p` gives at instant `t` in the asked unit, or undefined when it says nothing then. */
function limitAt(p: Profile16, q: CompositeQuery, t: number): number | undefined {
  const from = toS(p.validFrom, q);
  const to = toS(p.validTo, q);
  if ((from !== undefined && t < from) || (to !== undefined && t >= to)) return undefined;
  const start = scheduleStart(p, q, t);
  if (start === undefined || t < start) return undefined;
  const { duration, chargingSchedulePeriod, chargingRateUnit } = p.chargingSchedule;
  if (duration !== undefined && t >= start + duration) return undefined;
  const period = chargingSchedulePeriod.filter((x) => x.startPeriod <= t - start).at(-1);
  if (!period) return undefined;
  if (chargingRateUnit === q.unit) return period.limit;
  const watts = VOLTS * (period.numberPhases ?? 3);
  return chargingRateUnit === 'A' ? period.limit * watts : period.limit / watts;
}

/** The limit of one purpose at `t`: the highest stack level that speaks, the connector's own first on a tie. */
function purposeLimit(profiles: readonly Profile16[], q: CompositeQuery, t: number): number | undefined {
  let best: { level: number; own: boolean; limit: number } | undefined;
  for (const p of profiles) {
    const limit = limitAt(p, q, t);
    if (limit === undefined) continue;
    const own = p.connectorId === q.connectorId && q.connectorId !== 0;
    if (!best || p.stackLevel > best.level || (p.stackLevel === best.level && own && !best.own)) best = { level: p.stackLevel, own, limit };
  }
  return best?.limit;
}

/** Which installed profiles bear on the connector: TxProfiles only for its running transaction. */
function relevant(installed: readonly Profile16[], q: CompositeQuery): Record<Purpose16, Profile16[]> {
  const on = (p: Profile16) => p.connectorId === q.connectorId || p.connectorId === 0;
  return {
    ChargePointMaxProfile: installed.filter((p) => p.chargingProfilePurpose === 'ChargePointMaxProfile'),
    TxDefaultProfile: installed.filter((p) => p.chargingProfilePurpose === 'TxDefaultProfile' && on(p)),
    TxProfile: q.transaction && q.connectorId !== 0
      ? installed.filter((p) => p.chargingProfilePurpose === 'TxProfile' && p.connectorId === q.connectorId
        && (p.transactionId === undefined || p.transactionId === q.transaction!.transactionId))
      : [],
  };
}

/** Every instant in (0, durationS) where a profile may change what it says. */
function boundaries(profiles: readonly Profile16[], q: CompositeQuery): number[] {
  const cuts = new Set<number>([0, q.durationS]);
  const add = (t: number | undefined) => { if (t !== undefined && t > 0 && t < q.durationS) cuts.add(t); };
  for (const p of profiles) {
    add(toS(p.validFrom, q));
    add(toS(p.validTo, q));
    // A recurring schedule repeats: take each recurrence that can touch the window.
    const first = scheduleStart(p, q, 0);
    if (first === undefined) continue;
    const cycle = p.chargingProfileKind === 'Recurring' ? (p.recurrencyKind === 'Weekly' ? 7 * DAY_S : DAY_S) : undefined;
    for (let s = first; s < q.durationS; s = cycle === undefined ? Infinity : s + cycle) {
      for (const period of p.chargingSchedule.chargingSchedulePeriod) add(s + period.startPeriod);
      if (p.chargingSchedule.duration !== undefined) add(s + p.chargingSchedule.duration);
      if (cycle === undefined) break;
    }
  }
  return [...cuts].sort((a, b) => a - b);
}

/** The composite schedule the 1.6 rules give for `q` from the profiles installed. */
export function expectedComposite(installed: readonly Profile16[], q: CompositeQuery): CompositePeriod[] {
  const byPurpose = relevant(installed, q);
  const cuts = boundaries([...byPurpose.ChargePointMaxProfile, ...byPurpose.TxDefaultProfile, ...byPurpose.TxProfile], q);
  const out: CompositePeriod[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const t = (cuts[i]! + cuts[i + 1]!) / 2;
    const tx = byPurpose.TxProfile.length ? purposeLimit(byPurpose.TxProfile, q, t) : purposeLimit(byPurpose.TxDefaultProfile, q, t);
    const max = purposeLimit(byPurpose.ChargePointMaxProfile, q, t);
    const limit = tx === undefined ? max : max === undefined ? tx : Math.min(tx, max);
    if (out.at(-1)?.limit !== limit || out.length === 0) out.push({ startPeriod: cuts[i]!, ...(limit === undefined ? {} : { limit }) });
  }
  return out;
}

/**
 * Periods made comparable: consecutive equal limits merged, and slices shorter than `toleranceS`
 * dropped (the time deviation allowed cannot tell them from nothing).
 */
export function normalise(periods: readonly CompositePeriod[], durationS: number, toleranceS: number): CompositePeriod[] {
  const sorted = [...periods].sort((a, b) => a.startPeriod - b.startPeriod);
  const kept = sorted.filter((p, i) => (sorted[i + 1]?.startPeriod ?? durationS) - p.startPeriod >= toleranceS || sorted.length === 1);
  const out: CompositePeriod[] = [];
  for (const p of kept) if (out.length === 0 || out.at(-1)!.limit !== p.limit) out.push({ ...p });
  if (out[0]) out[0] = { ...out[0], startPeriod: 0 };
  return out;
}

/**
 * Differences between what the charge point reported and what the rules give, each a readable line;
 * empty when they agree. Start times may differ by `toleranceS`; an expected `limit` undefined accepts
 * any limit (the charge point's own).
 */
export function compareComposite(expected: readonly CompositePeriod[], actual: readonly CompositePeriod[], durationS: number, toleranceS: number): string[] {
  const e = normalise(expected, durationS, toleranceS);
  const a = normalise(actual, durationS, toleranceS);
  const show = (ps: readonly CompositePeriod[]) => ps.map((p) => `${Math.round(p.startPeriod)}s:${p.limit ?? 'own'}`).join(', ');
  const problems: string[] = [];
  for (const want of e) {
    const got = a.find((p) => Math.abs(p.startPeriod - want.startPeriod) <= toleranceS);
    if (!got) problems.push(`no period starts at ${Math.round(want.startPeriod)}s (±${toleranceS}s); got [${show(a)}], expected [${show(e)}]`);
    else if (want.limit !== undefined && Math.abs((got.limit ?? NaN) - want.limit) > 1e-6) {
      problems.push(`period at ${Math.round(want.startPeriod)}s has limit ${String(got.limit)}, expected ${want.limit}`);
    }
  }
  for (const got of a) {
    if (!e.some((p) => Math.abs(p.startPeriod - got.startPeriod) <= toleranceS)) problems.push(`unexpected period at ${Math.round(got.startPeriod)}s (limit ${String(got.limit)}); expected [${show(e)}]`);
  }
  return problems;
}
