/**
 * The judge's composite schedule for OCPP 2.0.1 (Part 2 "Smart Charging" 3.2-3.5, K01.FR.17, K08,
 * SC.01), written apart from the reference station's (issue 17: the matrix proves the two against each
 * other). Boundary method: every instant where some profile may change what it says cuts the window
 * into slices; each slice is judged at its middle:
 * - per purpose, the valid profile (validFrom <= t < validTo) with the highest stackLevel that has a
 *   period at t leads (3.5, K01.FR.17); at equal level an EVSE's own profile before one on EVSE 0;
 * - TxProfiles of the transaction overrule the TxDefaultProfiles for the whole transaction (3.2, 3.5);
 * - the composite is the lowest of the leaders of TxDefault/Tx, ChargingStationMaxProfile and
 *   ChargingStationExternalConstraints (3.5, K08.FR.04, SC.01); for evseId 0 (K08.FR.03, the total the
 *   station expects to draw) the sum of its EVSEs' composites when the query names them and each is
 *   limited, capped by the station-wide purposes (Part 6 TC_K_22_CS: "for evse 0 the limit is multiplied
 *   by the nr. of EVSE"); else only the station-wide purposes count;
 * - without a transaction, the EVSE is judged as if one were ongoing with its TxDefaultProfile (K08.FR.06),
 *   Relative schedules then start at the window start;
 * - where nothing limits, the station's own limit applies (`limit` undefined: any value passes).
 * Absolute, Relative (from the transaction start, 3.3) and Recurring Daily/Weekly kinds are honoured; A
 * and W convert at 230 V with the period's numberPhases (3 when absent). Times: seconds from window start.
 */

export type Purpose201 = 'ChargingStationMaxProfile' | 'TxDefaultProfile' | 'TxProfile' | 'ChargingStationExternalConstraints';
export type RateUnit = 'A' | 'W';

export interface Period201 { startPeriod: number; limit: number; numberPhases?: number }
export interface Schedule201 { id: number; startSchedule?: string; duration?: number; chargingRateUnit: RateUnit; chargingSchedulePeriod: Period201[] }

/** A ChargingProfile as sent, with the EVSE it was set on. */
export interface Profile201 {
  evseId: number;
  id: number;
  stackLevel: number;
  chargingProfilePurpose: Purpose201;
  chargingProfileKind: 'Absolute' | 'Relative' | 'Recurring';
  recurrencyKind?: 'Daily' | 'Weekly';
  validFrom?: string;
  validTo?: string;
  transactionId?: string;
  chargingSchedule: Schedule201[];
}

export interface CompositeQuery201 {
  evseId: number;
  /** Window start (epoch ms) and length (s). */
  startMs: number;
  durationS: number;
  unit: RateUnit;
  /** The transaction on the EVSE (Relative schedules count from its start). */
  transaction?: { transactionId: string; startMs: number };
  /** For evseId 0: the station's EVSEs (and each one's transaction), whose composites add up (K08.FR.03). */
  evses?: ReadonlyArray<{ evseId: number; transaction?: { transactionId: string; startMs: number } }>;
}

/** A composite period; `limit` undefined: no profile limits, the station's own limit applies. */
export interface CompositePeriod201 { startPeriod: number; limit?: number }

export const VOLTS = 230;
const DAY_S = 86_400;
const cycleOf = (p: Profile201): number | undefined => (p.chargingProfileKind !== 'Recurring' ? undefined : p.recurrencyKind === 'Weekly' ? 7 * DAY_S : DAY_S);
const secondsFrom = (q: CompositeQuery201, iso?: string): number | undefined => (iso === undefined ? undefined : (Date.parse(iso) - q.startMs) / 1000);

/** When (s from the window start) the schedule's current run begins, for instant `t`. */
function runStart(p: Profile201, q: CompositeQuery201, t: number): number | undefined {
  if (p.chargingProfileKind === 'Relative') return q.transaction ? (q.transaction.startMs - q.startMs) / 1000 : 0;
  const base = secondsFrom(q, p.chargingSchedule[0]?.startSchedule);
  const cycle = cycleOf(p);
  if (base === undefined || cycle === undefined) return base;
  return base + Math.floor((t - base) / cycle) * cycle;
}

/** What `p` limits at `t`, in the asked unit; undefined when it says nothing then. */
export function profileLimitAt(p: Profile201, q: CompositeQuery201, t: number): number | undefined {
  const from = secondsFrom(q, p.validFrom);
  const to = secondsFrom(q, p.validTo);
  if ((from !== undefined && t < from) || (to !== undefined && t >= to)) return undefined;
  const schedule = p.chargingSchedule[0];
  const start = runStart(p, q, t);
  if (!schedule || start === undefined || t < start) return undefined;
  if (schedule.duration !== undefined && t >= start + schedule.duration) return undefined;
  const period = schedule.chargingSchedulePeriod.filter((x) => x.startPeriod <= t - start).at(-1);
  if (!period) return undefined;
  if (schedule.chargingRateUnit === q.unit) return period.limit;
  const perAmp = VOLTS * (period.numberPhases ?? 3);
  return q.unit === 'W' ? period.limit * perAmp : period.limit / perAmp;
}

/** The leader of one purpose at `t`: highest stack level with a period then; the EVSE's own first on a tie. */
function leaderLimit(profiles: readonly Profile201[], q: CompositeQuery201, t: number): number | undefined {
  const speaking = profiles
    .map((p) => ({ p, limit: profileLimitAt(p, q, t) }))
    .filter((x): x is { p: Profile201; limit: number } => x.limit !== undefined)
    .sort((a, b) => b.p.stackLevel - a.p.stackLevel || Number(b.p.evseId === q.evseId) - Number(a.p.evseId === q.evseId));
  return speaking[0]?.limit;
}

/** The profiles of each purpose that bear on the asked EVSE (or on the whole station for evseId 0). */
function bearing(installed: readonly Profile201[], q: CompositeQuery201): Profile201[][] {
  const of = (purpose: Purpose201) => installed.filter((p) => p.chargingProfilePurpose === purpose);
  const here = (p: Profile201) => p.evseId === 0 || p.evseId === q.evseId;
  const max = of('ChargingStationMaxProfile');
  if (q.evseId === 0) return [max, of('ChargingStationExternalConstraints').filter((p) => p.evseId === 0)];
  const tx = q.transaction ? of('TxProfile').filter((p) => p.evseId === q.evseId && (p.transactionId === undefined || p.transactionId === q.transaction!.transactionId)) : [];
  return [max, of('ChargingStationExternalConstraints').filter(here), tx.length ? tx : of('TxDefaultProfile').filter(here)];
}

/** Every instant in (0, durationS) where some profile may start or stop saying something. */
function cuts(profiles: readonly Profile201[], q: CompositeQuery201): number[] {
  const out = new Set<number>([0, q.durationS]);
  const add = (t: number | undefined) => { if (t !== undefined && t > 0 && t < q.durationS) out.add(t); };
  for (const p of profiles) {
    add(secondsFrom(q, p.validFrom));
    add(secondsFrom(q, p.validTo));
    const schedule = p.chargingSchedule[0];
    const cycle = cycleOf(p);
    let run = runStart(p, q, 0);
    if (!schedule || run === undefined) continue;
    // A recurring schedule: every run that touches the window (the one under way at 0 and the next ones).
    for (; run < q.durationS; run += cycle ?? Infinity) {
      for (const period of schedule.chargingSchedulePeriod) add(run + period.startPeriod);
      if (schedule.duration !== undefined) add(run + schedule.duration);
      if (cycle === undefined) break;
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** The lowest leader of `layers` at `t`; undefined when none limits. */
function lowest(layers: readonly Profile201[][], q: CompositeQuery201, t: number): number | undefined {
  const limits = layers.map((l) => leaderLimit(l, q, t)).filter((x): x is number => x !== undefined);
  return limits.length ? Math.min(...limits) : undefined;
}

/** For evseId 0, the query of each EVSE (K08.FR.03). */
const perEvse = (q: CompositeQuery201): CompositeQuery201[] => (q.evseId !== 0 ? [] : (q.evses ?? []).map((e) => ({
  evseId: e.evseId, startMs: q.startMs, durationS: q.durationS, unit: q.unit, ...(e.transaction ? { transaction: e.transaction } : {}),
})));

/** K08.FR.03: what the EVSEs together draw at `t` (each as its own composite); undefined when one of them is unlimited. */
function evseSum(installed: readonly Profile201[], q: CompositeQuery201, t: number): number | undefined {
  let sum = 0;
  for (const one of perEvse(q)) {
    const limit = lowest(bearing(installed, one), one, t);
    if (limit === undefined) return undefined;
    sum += limit;
  }
  return perEvse(q).length ? sum : undefined;
}

/** The composite schedule Part 2's rules give for `q` from the profiles installed. */
export function expectedComposite201(installed: readonly Profile201[], q: CompositeQuery201): CompositePeriod201[] {
  const layers = bearing(installed, q);
  const edges = [...new Set([...cuts(layers.flat(), q), ...perEvse(q).flatMap((one) => cuts(bearing(installed, one).flat(), one))])].sort((a, b) => a - b);
  const out: CompositePeriod201[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const t = (edges[i]! + edges[i + 1]!) / 2;
    const station = lowest(layers, q, t);
    const total = q.evseId === 0 ? evseSum(installed, q, t) : undefined;
    const limit = total === undefined ? station : Math.min(total, station ?? Infinity);
    if (out.length === 0 || out.at(-1)!.limit !== limit) out.push({ startPeriod: edges[i]!, ...(limit === undefined ? {} : { limit }) });
  }
  return out;
}

/** Periods made comparable: equal neighbours merged, slices shorter than the deviation dropped, the first at 0. */
export function normalise201(periods: readonly CompositePeriod201[], durationS: number, toleranceS: number): CompositePeriod201[] {
  const sorted = [...periods].sort((a, b) => a.startPeriod - b.startPeriod);
  const kept = sorted.filter((p, i) => sorted.length === 1 || (sorted[i + 1]?.startPeriod ?? durationS) - p.startPeriod >= toleranceS);
  const out: CompositePeriod201[] = [];
  for (const p of kept) if (out.length === 0 || out.at(-1)!.limit !== p.limit) out.push({ ...p });
  if (out[0]) out[0] = { ...out[0], startPeriod: 0 };
  return out;
}

const show = (ps: readonly CompositePeriod201[]) => ps.map((p) => `${Math.round(p.startPeriod)}s:${p.limit ?? 'own'}`).join(', ');
export const showComposite = show;

/**
 * What differs between the reported periods and the expected ones, one readable line each; empty when they
 * agree. Start times may differ by `toleranceS` (<Configured max time deviation>); an expected limit
 * undefined accepts any limit (the station's own).
 */
export function compareComposite201(expected: readonly CompositePeriod201[], actual: readonly CompositePeriod201[], durationS: number, toleranceS: number): string[] {
  const e = normalise201(expected, durationS, toleranceS);
  const a = normalise201(actual, durationS, toleranceS);
  const problems: string[] = [];
  for (const want of e) {
    const got = a.find((p) => Math.abs(p.startPeriod - want.startPeriod) <= toleranceS);
    if (!got) problems.push(`no period starts at ${Math.round(want.startPeriod)}s (±${toleranceS}s): got [${show(a)}], expected [${show(e)}]`);
    else if (want.limit !== undefined && Math.abs((got.limit ?? NaN) - want.limit) > 1e-6) problems.push(`the period at ${Math.round(want.startPeriod)}s has limit ${String(got.limit)}, expected ${want.limit}`);
  }
  // A reported period the normalised expectation lacks is still right where the rules change within the deviation
  // (a slice about as short as the deviation may show on one side and not the other), with the limit they give there.
  const raw = normalise201(expected, durationS, 0);
  for (const got of a) {
    if (e.some((p) => Math.abs(p.startPeriod - got.startPeriod) <= toleranceS)) continue;
    const near = raw.find((p) => Math.abs(p.startPeriod - got.startPeriod) <= toleranceS);
    if (!near) problems.push(`unexpected period at ${Math.round(got.startPeriod)}s (limit ${String(got.limit)}): expected [${show(e)}]`);
    else if (near.limit !== undefined && Math.abs((got.limit ?? NaN) - near.limit) > 1e-6) problems.push(`the period at ${Math.round(got.startPeriod)}s has limit ${String(got.limit)}, expected ${near.limit}`);
  }
  return problems;
}
