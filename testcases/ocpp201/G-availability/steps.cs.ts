/**
 * Steps of the G Availability cases, charging station under test: ChangeAvailability for the station,
 * the configured EVSE or the configured connector (Part 6 2.8), and the connectors' reports that follow
 * (StatusNotification or NotifyEvent AvailabilityState: G01.FR.07 accepts either).
 */
import { CaseFailure, CaseInconclusive, adviseOnFailure, type CaseContext, type Payload, type ReceivedCall, type Request } from '../../kit.js';
import { later, transactionCase, transactionRunning } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, evConnectedPostSession, evDisconnected, parkingBayUnoccupied, stopAuthorized } from '../_shared/transaction-states.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** What a ChangeAvailability names: the whole station, the configured EVSE, or the configured connector. */
export type Level = 'station' | 'evse' | 'connector';
export type OperationalStatus = 'Operative' | 'Inoperative';
export interface ConnectorRef { evseId: number; connectorId: number }

/** <Configured evseId> and <Configured connectorId>: the first EVSE of the ICS and its connector 1. */
export function configuredConnector(ctx: Ctx): ConnectorRef {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}

/** Every connector of the station (from the ICS). */
export function allConnectors(ctx: Ctx): ConnectorRef[] {
  return ctx.ics.evses.flatMap((e) => Array.from({ length: Math.max(1, e.connectors) }, (_v, i) => ({ evseId: e.id, connectorId: i + 1 })));
}

/** The connectors a change at `level` affects. */
export function connectorsOf(ctx: Ctx, level: Level): ConnectorRef[] {
  const c = configuredConnector(ctx);
  if (level === 'connector') return [c];
  return allConnectors(ctx).filter((x) => level === 'station' || x.evseId === c.evseId);
}

export function changeRequest(ctx: Ctx, level: Level, operationalStatus: OperationalStatus): Request<'2.0.1', 'ChangeAvailability'> {
  const c = configuredConnector(ctx);
  if (level === 'station') return { operationalStatus };
  return { operationalStatus, evse: level === 'evse' ? { id: c.evseId } : { id: c.evseId, connectorId: c.connectorId } };
}

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

/** The eventData of a NotifyEvent that reports a connector's AvailabilityState. */
function connectorEvent(p: Payload): EventDatum | undefined {
  return ((p.eventData as EventDatum[] | undefined) ?? []).find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');
}

const key = (evseId: unknown, connectorId: unknown): string => `${String(evseId)}/${String(connectorId)}`;

/** The connector a StatusNotification / NotifyEvent payload reports on, with its status (undefined: no connector state). */
function reportOf(p: Payload): { key: string; status: unknown } | undefined {
  if ('connectorStatus' in p) return { key: key(p.evseId, p.connectorId), status: p.connectorStatus };
  const ev = connectorEvent(p);
  return ev ? { key: key(ev.component?.evse?.id, ev.component?.evse?.connectorId), status: ev.actualValue } : undefined;
}

export interface ReportOptions {
  requirement: string;
  /** Per wait (default the message timeout). */
  timeoutMs?: number;
  describe?: string;
}

/**
 * Arms the wait for "The Charging Station notifies the CSMS about the current state of [these] connectors":
 * for each connector a StatusNotification or a NotifyEvent (component Connector, variable AvailabilityState,
 * trigger Delta) with `status`. Reports of the EVSE or the station itself (optional in Part 6) are left aside.
 */
export function connectorReports(ctx: Ctx, connectors: ConnectorRef[], status: string, options: ReportOptions): Promise<ReceivedCall[]> {
  const { sut, expect } = ctx;
  const wanted = new Set(connectors.map((c) => key(c.evseId, c.connectorId)));
  const collect = async (): Promise<ReceivedCall[]> => {
    const seen = new Set<string>();
    const calls: ReceivedCall[] = [];
    while (seen.size < wanted.size) {
      const call: ReceivedCall = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
        requirement: options.requirement,
        ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
        describe: `(${options.describe ?? `connector ${status}`} ${seen.size + 1}/${wanted.size})`,
        filter: (p) => {
          const r = reportOf(p);
          return r !== undefined && r.status === status && wanted.has(r.key) && !seen.has(r.key);
        },
      });
      if (call.action === 'NotifyEvent') {
        expect(connectorEvent(call.payload)?.trigger, `${options.requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      }
      calls.push(call);
      seen.add(reportOf(call.payload)?.key ?? '');
    }
    return calls;
  };
  return later(collect());
}

/**
 * Steps 1-2 (and 3-4) of a change: ChangeAvailabilityRequest for `level`, the response status checked
 * against `expected`, then (when `report` is given) the connectors' reports with that status.
 */
export async function changeAvailability(ctx: Ctx, level: Level, status: OperationalStatus,
  options: { expected: 'Accepted' | 'Scheduled'; requirement: string; report?: { status: string; requirement: string } }): Promise<void> {
  const { sut, expect } = ctx;
  const reports = options.report ? connectorReports(ctx, connectorsOf(ctx, level), options.report.status, { requirement: options.report.requirement }) : undefined;
  const res = await sut.call('ChangeAvailability', changeRequest(ctx, level, status), { requirement: options.requirement });
  expect(res.status, `${options.requirement}: ChangeAvailabilityResponse status`).to.equal(options.expected);
  if (reports) await reports;
}

/** Reusable State Unavailable (Part 6 Table 425) for `level`: Accepted, then every affected connector reports Unavailable. */
export function unavailable(ctx: Ctx, level: Level): Promise<void> {
  const fr = level === 'station' ? 'G04' : 'G03';
  return changeAvailability(ctx, level, 'Inoperative', {
    expected: 'Accepted', requirement: `${fr}.FR.0${level === 'station' ? 3 : 2}`,
    report: { status: 'Unavailable', requirement: level === 'station' ? 'G04.FR.05' : 'G03.FR.04' },
  });
}

/** A Before state (Memory / Charging State): established, never graded; a failure there is INCONCLUSIVE. */
export async function before(what: string, establish: () => Promise<unknown>): Promise<void> {
  try {
    await establish();
  } catch (err) {
    if (!(err instanceof CaseFailure)) throw err;
    throw new CaseInconclusive(`could not establish the Before state "${what}": ${err.message}`);
  }
}

/** Before state "Unavailable" for `level`. */
export const unavailableBefore = (ctx: Ctx, level: Level): Promise<void> => before(`Unavailable (${level})`, () => unavailable(ctx, level));

/** After the case: the station and its EVSEs / connectors Operative again (best effort, not judged). */
export async function backToOperative(ctx: Ctx): Promise<void> {
  const { sut } = ctx;
  if (!sut.isConnected()) return;
  const quietly = async (what: () => Promise<unknown>) => { try { await what(); } catch { /* best effort */ } };
  for (const level of ['connector', 'evse', 'station'] as const) {
    await quietly(() => sut.callRaw('ChangeAvailability', changeRequest(ctx, level, 'Operative')));
  }
  // Let the reports of the change come before the next case begins (a quiet half second).
  for (let i = 0; i < 10; i += 1) {
    try {
      await sut.expectNoCall('StatusNotification', 500, { since: Date.now() });
      break;
    } catch {
      // one came: wait for quiet again
    }
  }
}

/** Runs `body`, then puts the availability back (pass or fail). */
export async function availabilityCase(ctx: Ctx, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await backToOperative(ctx);
  }
}

/**
 * TC_G_11 / TC_G_14 / TC_G_17: ChangeAvailability Inoperative for `level` while a transaction runs on the
 * configured EVSE. Step 2: Scheduled (G03.FR.05 / G04.FR.06). Then the session ends through StopAuthorized,
 * EVConnectedPostSession, EVDisconnected and ParkingBayUnoccupied; after the step that ended the transaction,
 * the connectors of the configured EVSE (connector) report Unavailable (G03.FR.04 / G04.FR.05, G01.FR.05).
 */
export async function scheduledDuringTransaction(ctx: Ctx, level: Level): Promise<void> {
  const { sut, expect } = ctx;
  const station = level === 'station';
  await availabilityCase(ctx, () => transactionCase(ctx, {}, async (s) => {
    // Before: Charging State EnergyTransferStarted on the configured EVSE.
    await before('EnergyTransferStarted', () => energyTransferStarted(ctx));
    // 3 (station): the EVSEs without a transaction go Unavailable now. Not a tool validation: an advisory.
    const idle = station ? allConnectors(ctx).filter((c) => c.evseId !== s.evseId) : [];
    const idleReports = idle.length ? connectorReports(ctx, idle, 'Unavailable', { requirement: 'G04.FR.07', describe: 'idle connector Unavailable' }) : undefined;
    // 1-2. ChangeAvailabilityRequest Inoperative: Scheduled.
    const requirement = station ? 'G04.FR.06' : 'G03.FR.05';
    const res = await sut.call('ChangeAvailability', changeRequest(ctx, level, 'Inoperative'), { requirement });
    expect(res.status, `${requirement}: ChangeAvailabilityResponse status`).to.equal('Scheduled');
    if (idleReports) await adviseOnFailure(ctx, () => idleReports);
    const mine = connectorsOf(ctx, station ? 'evse' : level);
    const steps: Array<[string, () => Promise<unknown>]> = [
      ['StopAuthorized', () => stopAuthorized(ctx)],
      ['EVConnectedPostSession', () => evConnectedPostSession(ctx)],
      ['EVDisconnected', () => evDisconnected(ctx, { scheduledUnavailable: true })],
      ['ParkingBayUnoccupied', () => parkingBayUnoccupied(ctx)],
    ];
    let reported = false;
    for (const [name, step] of steps) {
      await step();
      // Only after the step that ended the transaction: the configured EVSE's connectors report Unavailable.
      if (reported || transactionRunning(s)) continue;
      await connectorReports(ctx, mine, 'Unavailable', { requirement: station ? 'G04.FR.05' : 'G03.FR.04', describe: `connector Unavailable after ${name}` });
      reported = true;
    }
    if (!reported) throw new CaseFailure('the transaction did not end in StopAuthorized, EVConnectedPostSession, EVDisconnected or ParkingBayUnoccupied', { requirement: 'E06.FR.01' });
  }));
}
