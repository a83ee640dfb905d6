/**
 * Steps of the N07 Alert Event cases, charging station under test (TC_N_20/43/51/52/53/56_CS): the
 * threshold monitors on <Configured threshold monitor component variable> (EVSE Power of <Configured
 * evseId>, as Part 6 notes), the monitoring level the errata 2025-09 sets before them, and the
 * NotifyEvent a monitor raises.
 */
import { CaseInconclusive, type CaseContext, type Request } from '../../kit.js';
import { configuredEvse, cv, type MonitoringData } from './steps.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;
export type EventData = Request<'2.0.1', 'NotifyEvent'>['eventData'][number];

/** Errata 2025-09 (TC_N_20/51/52/56_CS Memory State): the monitors have severity 5 ... */
export const ALERT_SEVERITY = 5;
/** ... and the monitoring level is set to 8 (so they are reported). */
export const ALERT_LEVEL = 8;
/** Not graded, after the case: the reference level at which every monitor is reported (Part 2 N05: 9 = Debug). */
const REPORT_ALL_LEVEL = 9;

/** <Configured threshold monitor component variable>: Power of <Configured evseId> (Part 6: "this test used the variable Power of component EVSE"). */
export const evsePower = (ctx: Ctx) => cv('EVSE', 'Power', configuredEvse(ctx));

export const thresholdMonitor = (ctx: Ctx, type: 'UpperThreshold' | 'LowerThreshold', value: number, severity: number, id?: number): MonitoringData => {
  const target = evsePower(ctx);
  return { ...(id === undefined ? {} : { id }), value, type, severity, component: target.component, variable: target.variable! };
};

/** Memory State "Set MonitoringLevel to <level>" (not graded: a refusal is INCONCLUSIVE), `body`, then every severity reported again. */
export async function atMonitoringLevel(ctx: Ctx, level: number, body: () => Promise<void>): Promise<void> {
  const { sut } = ctx;
  try {
    const res = await sut.callRaw('SetMonitoringLevel', { severity: level });
    if (res.kind !== 'result' || res.payload.status !== 'Accepted') throw new CaseInconclusive(`the station refused SetMonitoringLevel ${level}, which the Memory State needs`);
    await body();
  } finally {
    if (sut.isConnected()) await sut.callRaw('SetMonitoringLevel', { severity: REPORT_ALL_LEVEL }).catch(() => undefined);
  }
}

export interface AlertWatch {
  /** The eventData of the monitor `id`, once a NotifyEvent carries one that `accept` takes. */
  event: Promise<{ seqNo: number; data: EventData }>;
}

/**
 * Arms a watch (before the trigger) for a NotifyEventRequest with an eventData of monitor `id` that `accept`
 * takes (e.g. not cleared); other eventData elements are ignored (Part 6: "Other eventData elements can be ignored").
 */
export function watchAlert(ctx: Ctx, id: number, describe: string, requirement: string, accept: (e: EventData) => boolean = () => true): AlertWatch {
  const mine = (e: EventData) => e.variableMonitoringId === id && accept(e);
  const call = ctx.sut.expectCall('NotifyEvent', {
    requirement, describe, timeoutMs: ctx.ics.timeouts.messageMs * 3, filter: (p) => (p.eventData ?? []).some(mine),
  });
  const event = call.then((c) => ({ seqNo: c.payload.seqNo, data: c.payload.eventData.find(mine)! }));
  event.catch(() => undefined);
  return { event };
}

export interface AlertWanted {
  id: number;
  describe: string;
  requirement: string;
  accept: (e: EventData) => boolean;
}

/**
 * Like watchAlert for several monitors at once (armed before the trigger): their events may come in one
 * NotifyEventRequest or in several (Part 6 TC_N_20_CS: "This can also be sent in two NotifyEventRequests").
 * Resolves with the eventData of each, in the order of `wanted`.
 */
export async function watchAlerts(ctx: Ctx, wanted: AlertWanted[]): Promise<Array<{ seqNo: number; data: EventData }>> {
  const found = new Map<AlertWanted, { seqNo: number; data: EventData }>();
  const pending = () => wanted.filter((w) => !found.has(w));
  const match = (w: AlertWanted, e: EventData) => e.variableMonitoringId === w.id && w.accept(e);
  while (pending().length) {
    const [next] = pending();
    const call = await ctx.sut.expectCall('NotifyEvent', {
      requirement: next!.requirement, describe: next!.describe, timeoutMs: ctx.ics.timeouts.messageMs * 3,
      filter: (p) => (p.eventData ?? []).some((e) => pending().some((w) => match(w, e))),
    });
    for (const w of pending()) {
      const data = call.payload.eventData.find((e) => match(w, e));
      if (data) found.set(w, { seqNo: call.payload.seqNo, data });
    }
  }
  return wanted.map((w) => found.get(w)!);
}

/** Tool validation of an Alerting eventData element: the monitored component / variable (Power of <Configured evseId>) and the monitor id. */
export function expectMonitored(ctx: Ctx, e: EventData, id: number, requirement: string): void {
  const { expect } = ctx;
  expect(e.variableMonitoringId, `${requirement}: eventData variableMonitoringId`).to.equal(id);
  expect(e.component.name, `${requirement}: eventData component.name`).to.equal('EVSE');
  expect(e.component.evse?.id, `${requirement}: eventData component.evse.id`).to.equal(configuredEvse(ctx));
  expect(e.variable.name, `${requirement}: eventData variable.name`).to.equal('Power');
}

/** The actualValue of an eventData element as a number (NaN when it is not one, which then fails the comparison). */
export const actual = (e: EventData): number => Number(e.actualValue);
