/**
 * The reference station's composite schedule, OCPP 1.6 (3.13). Its own method, unlike the judge's
 * (testcases/ocpp16/smart-charging): a raster of one sample per second over the asked duration; each
 * purpose is painted from its lowest stack level up, so the highest stack level that has a period at a
 * sample shows; then TxProfile (else TxDefaultProfile) is capped by ChargePointMaxProfile, and runs of
 * equal samples become the periods.
 */
import type { StoredProfile16 } from './store-16.js';

export type Unit16 = 'A' | 'W';

/** The station's own limit where no profile limits: 32 A per connector (3 phases at 230 V in W). */
export const LOCAL_LIMIT_A = 32;
const VOLTS = 230;
const PHASES = 3;
const DAY_MS = 86_400_000;

export interface CompositeAsk {
  connectorId: number;
  /** Window start, epoch ms. */
  from: number;
  seconds: number;
  unit: Unit16;
  /** The transaction running on the connector. */
  tx?: { transactionId?: string; startedAt: number };
}

/** How the station gets it wrong, when a fault says so. */
export interface CompositeFaults {
  lowestStackWins: boolean;
  ignoreMax: boolean;
  ignoreTx: boolean;
  /** Fault tx-default-not-for-running: the TxDefaultProfiles the station leaves out of this composite. */
  skipDefault?: (p: StoredProfile16) => boolean;
}

function sample(p: StoredProfile16, t: number, ask: CompositeAsk): { limit: number; phases: number } | undefined {
  if ((p.validFrom !== undefined && t < p.validFrom) || (p.validTo !== undefined && t >= p.validTo)) return undefined;
  let start = p.kind === 'Relative' ? ask.tx?.startedAt : p.startSchedule;
  if (start === undefined) return undefined;
  if (p.kind === 'Recurring') {
    const cycle = p.recurrency === 'Weekly' ? 7 * DAY_MS : DAY_MS;
    while (start + cycle <= t) start += cycle;
    while (start > t) start -= cycle;
  }
  const offsetS = (t - start) / 1000;
  if (offsetS < 0 || (p.durationS !== undefined && offsetS >= p.durationS)) return undefined;
  let hit: StoredProfile16['periods'][number] | undefined;
  for (const period of p.periods) if (period.startPeriod <= offsetS) hit = period;
  return hit ? { limit: hit.limit, phases: hit.numberPhases ?? PHASES } : undefined;
}

function inUnit(value: { limit: number; phases: number }, from: Unit16, to: Unit16): number {
  if (from === to) return value.limit;
  return to === 'W' ? value.limit * VOLTS * value.phases : value.limit / (VOLTS * value.phases);
}

/** One layer (a purpose): lowest stack level first, the connector's own after connector 0's, later paints win. */
function paint(profiles: readonly StoredProfile16[], ask: CompositeAsk, samples: number[], lowestWins: boolean): Array<number | undefined> {
  const order = [...profiles].sort((a, b) => (a.stackLevel - b.stackLevel) * (lowestWins ? -1 : 1) || a.connectorId - b.connectorId);
  const layer: Array<number | undefined> = samples.map(() => undefined);
  for (const p of order) {
    samples.forEach((t, i) => {
      const v = sample(p, t, ask);
      if (v) layer[i] = inUnit(v, p.unit, ask.unit);
    });
  }
  return layer;
}

export function composite16(installed: readonly StoredProfile16[], ask: CompositeAsk, faults: CompositeFaults): Array<{ startPeriod: number; limit: number }> {
  const samples = Array.from({ length: Math.max(1, ask.seconds) }, (_, i) => ask.from + i * 1000 + 500);
  const lowest = faults.lowestStackWins;
  const max = ask.connectorId === 0 || !faults.ignoreMax
    ? paint(installed.filter((p) => p.purpose === 'ChargePointMaxProfile'), ask, samples, lowest) : samples.map(() => undefined);
  let tx: Array<number | undefined> = samples.map(() => undefined);
  if (ask.connectorId > 0) {
    const txProfiles = ask.tx && !faults.ignoreTx
      ? installed.filter((p) => p.purpose === 'TxProfile' && p.connectorId === ask.connectorId && (p.transactionId === undefined || p.transactionId === ask.tx?.transactionId))
      : [];
    const defaults = installed.filter((p) => p.purpose === 'TxDefaultProfile' && (p.connectorId === 0 || p.connectorId === ask.connectorId)
      && !faults.skipDefault?.(p));
    tx = paint(txProfiles.length ? txProfiles : defaults, ask, samples, lowest);
  }
  const own = ask.unit === 'A' ? LOCAL_LIMIT_A : LOCAL_LIMIT_A * VOLTS * PHASES;
  const periods: Array<{ startPeriod: number; limit: number }> = [];
  samples.forEach((_, i) => {
    const limit = Math.min(tx[i] ?? own, max[i] ?? own);
    if (periods.at(-1)?.limit !== limit) periods.push({ startPeriod: i, limit });
  });
  return periods;
}
