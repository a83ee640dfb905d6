/**
 * The reference station's composite schedule, OCPP 2.0.1 (Part 2 K08, and the combination rules of
 * K01 / "Smart Charging" 3.x). Its own method, unlike the judge's (testcases/ocpp201/K-smart-charging):
 * it walks the asked window second by second; at each second every purpose gives the limit of its
 * highest stack level that has a period then (an EVSE's own profile before one on EVSE 0 at the same
 * level); the transaction's TxProfiles, when it has any, stand instead of the TxDefaultProfiles for the
 * whole transaction; ChargingStationMaxProfile and ChargingStationExternalConstraints cap the result.
 * Runs of equal seconds become the periods.
 */
import type { Payload } from '../../../../rpc/codec.js';
import { purposeOf, levelOf, schedulesOf, type Installed201, type Purpose201 } from './store-201.js';

export type Unit201 = 'A' | 'W';

/** The station's own limit where no profile limits: 32 A per phase, 3 phases at 230 V. */
export const OWN_LIMIT_A = 32;
export const VOLTS_201 = 230;
const PHASES = 3;
const DAY_MS = 86_400_000;

export interface Ask201 {
  evseId: number;
  from: number;
  seconds: number;
  unit: Unit201;
  /** The transaction on the EVSE: its id and start (epoch ms). */
  tx?: { transactionId: string; startedAt: number };
  /** evseId 0: the station's EVSEs and their transactions. */
  evses?: ReadonlyArray<{ evseId: number; tx?: { transactionId: string; startedAt: number } }>;
}

export interface CompositeFaults201 {
  lowestStackWins: boolean;
  ignoreMax: boolean;
  ignoreTxDefault: boolean;
  ignoreValidFrom: boolean;
  ignoreValidTo: boolean;
  startAtInstall: boolean;
}

/** What `x` limits at epoch ms `t`, in `unit`; undefined when it says nothing then. */
function limitAt(x: Installed201, t: number, ask: Ask201, faults: CompositeFaults201): number | undefined {
  const p = x.profile;
  if (!faults.ignoreValidFrom && typeof p.validFrom === 'string' && t < Date.parse(p.validFrom)) return undefined;
  if (!faults.ignoreValidTo && typeof p.validTo === 'string' && t >= Date.parse(p.validTo)) return undefined;
  const s = schedulesOf(p)[0];
  if (!s) return undefined;
  let start: number;
  if (p.chargingProfileKind === 'Relative') start = ask.tx?.startedAt ?? ask.from;
  else if (faults.startAtInstall) start = x.installedAt;
  else if (typeof s.startSchedule === 'string') start = Date.parse(s.startSchedule);
  else return undefined;
  if (p.chargingProfileKind === 'Recurring') {
    const cycle = p.recurrencyKind === 'Weekly' ? 7 * DAY_MS : DAY_MS;
    start += Math.floor((t - start) / cycle) * cycle;
  }
  const into = (t - start) / 1000;
  if (into < 0 || (s.duration !== undefined && into >= Number(s.duration))) return undefined;
  const periods = (s.chargingSchedulePeriod ?? []) as Payload[];
  let hit: Payload | undefined;
  for (const period of periods) if (Number(period.startPeriod) <= into) hit = period;
  if (!hit) return undefined;
  const limit = Number(hit.limit);
  const phases = hit.numberPhases === undefined ? PHASES : Number(hit.numberPhases);
  const from = s.chargingRateUnit === 'W' ? 'W' : 'A';
  if (from === ask.unit) return limit;
  return ask.unit === 'W' ? limit * VOLTS_201 * phases : limit / (VOLTS_201 * phases);
}

/** The winner of one purpose at `t`. */
function layer(items: readonly Installed201[], t: number, ask: Ask201, faults: CompositeFaults201): number | undefined {
  let best: { rank: number; limit: number } | undefined;
  for (const x of items) {
    const limit = limitAt(x, t, ask, faults);
    if (limit === undefined) continue;
    // Rank: stack level first, the EVSE's own profile next (half a level).
    const rank = (faults.lowestStackWins ? -levelOf(x) : levelOf(x)) * 2 + (x.evseId === ask.evseId && ask.evseId > 0 ? 1 : 0);
    if (!best || rank > best.rank) best = { rank, limit };
  }
  return best?.limit;
}

/** The limit of one EVSE (or, evseId 0, of the station-wide purposes alone) at epoch ms `t`. */
function limiter(installed: readonly Installed201[], ask: Ask201, faults: CompositeFaults201): (t: number) => number {
  const of = (purpose: Purpose201, evse: (x: Installed201) => boolean) => installed.filter((x) => purposeOf(x) === purpose && evse(x));
  const onEvse = (x: Installed201) => x.evseId === 0 || x.evseId === ask.evseId;
  const caps = [
    ...(faults.ignoreMax && ask.evseId > 0 ? [] : [of('ChargingStationMaxProfile', () => true)]),
    of('ChargingStationExternalConstraints', ask.evseId === 0 ? (x) => x.evseId === 0 : onEvse),
  ];
  let charging: Installed201[] = [];
  if (ask.evseId > 0) {
    const txProfiles = ask.tx ? of('TxProfile', (x) => x.evseId === ask.evseId && x.profile.transactionId === ask.tx!.transactionId) : [];
    charging = txProfiles.length ? txProfiles : faults.ignoreTxDefault ? [] : of('TxDefaultProfile', onEvse);
  }
  // The station as a whole adds up its EVSEs' own limits: none of its own where it has EVSEs to add.
  const own = ask.evseId === 0 && ask.evses?.length ? Infinity : ask.unit === 'A' ? OWN_LIMIT_A : OWN_LIMIT_A * VOLTS_201 * PHASES;
  return (t) => {
    let limit = layer(charging, t, ask, faults) ?? own;
    for (const cap of caps) limit = Math.min(limit, layer(cap, t, ask, faults) ?? own);
    return limit;
  };
}

/**
 * The composite of `ask`, second by second. evseId 0 (K08.FR.03: what the station expects to draw): the EVSEs'
 * composites added up, capped by the station-wide purposes.
 */
export function composite201(installed: readonly Installed201[], ask: Ask201, faults: CompositeFaults201): Array<{ startPeriod: number; limit: number }> {
  const station = limiter(installed, ask, faults);
  const evses = ask.evseId === 0 ? (ask.evses ?? []).map((e) => limiter(installed, { ...ask, evseId: e.evseId, ...(e.tx ? { tx: e.tx } : {}) }, faults)) : [];
  const out: Array<{ startPeriod: number; limit: number }> = [];
  for (let second = 0; second < Math.max(1, ask.seconds); second += 1) {
    const t = ask.from + second * 1000 + 500;
    const total = evses.length ? evses.reduce((sum, f) => sum + f(t), 0) : Infinity;
    const limit = Math.min(total, station(t));
    if (out.at(-1)?.limit !== limit) out.push({ startPeriod: second, limit });
  }
  return out;
}
