/**
 * Helpers of block H (Reservation), charging station under test: the Configuration State every case
 * of the block shares, the reservation a case makes (cancelled afterwards) and the ReserveNow of step 1.
 */
import { CaseInconclusive, idTokenFor, type CaseContext, type IdTokenSpec, type Payload, type ReceivedCall, type Response } from '../../kit.js';
import { later, transactionCase, type TxSession, type VariableSetting } from '../_shared/charging-session.cs.js';
import { idTokenOf } from '../_shared/id-token.js';
import { reserved, type ReservedOptions } from '../_shared/states.cs.js';

/** Configuration State: ReservationCtrlr.ReservationEnabled is true (If implemented). */
export const RESERVATION_ENABLED: Array<VariableSetting & { optional?: boolean }> = [
  { component: 'ReservationCtrlr', variable: 'Enabled', value: 'true', optional: true },
];

/** <Configured evseId>, <Configured connectorId>. */
export function configuredEvse(ctx: CaseContext<'2.0.1', 'CS'>): { evseId: number; connectorId: number } {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}

/** <Configured valid_idtoken2>: the second valid token (the station under test: the harness decides what it means). */
export const secondToken = (ctx: CaseContext<'2.0.1', 'CS'>): IdTokenSpec => idTokenFor(ctx, 'valid2');

/** A fresh reservation id, distinct from those the shared Reserved state hands out. */
let nextId = (Math.floor(Date.now() / 1000) % 100_000) * 10 + 5;
export const freshReservationId = (): number => (nextId += 10);

/** An expiryDateTime `ms` from now. */
export const expiresIn = (ms: number): string => new Date(Date.now() + ms).toISOString();

/**
 * Runs a reservation case: the Configuration State (ReservationEnabled, if implemented), then `body`; the
 * reservations it made (`made`) are cancelled afterwards, best effort, so the next case finds the EVSE Available.
 */
export async function reservationCase(ctx: CaseContext<'2.0.1', 'CS'>, body: (made: number[], s: TxSession) => Promise<void>): Promise<void> {
  const made: number[] = [];
  await transactionCase(ctx, { configuration: RESERVATION_ENABLED }, async (s) => {
    try {
      await body(made, s);
    } finally {
      await cancelQuietly(ctx, made);
    }
  });
}

/** Cancels `ids` without judging the answers; waits for the EVSE's connector to come back Available when one was cancelled. */
async function cancelQuietly(ctx: CaseContext<'2.0.1', 'CS'>, ids: number[]): Promise<void> {
  const { sut } = ctx;
  const { evseId } = configuredEvse(ctx);
  for (const reservationId of ids) {
    if (!sut.isConnected()) return;
    const available = later(sut.expectCall('StatusNotification', { describe: '(reservation cancelled)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Available' }));
    const cancel = await sut.callRaw('CancelReservation', { reservationId });
    if (cancel.kind === 'result' && cancel.payload.status === 'Accepted') await available.catch(() => undefined);
  }
}

/**
 * Memory State "<Configured evseId> is Reserved": the Reusable State Reserved, established, not graded: a
 * station that does not reserve makes the case INCONCLUSIVE (its own cases grade that).
 */
export async function memoryReserved(ctx: CaseContext<'2.0.1', 'CS'>, made: number[], options: ReservedOptions = {}): Promise<number> {
  try {
    const id = await reserved(ctx, options);
    made.push(id);
    return id;
  } catch (err) {
    throw new CaseInconclusive(`Memory State Reserved could not be established: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Step 1: the OCTT sends ReserveNowRequest for the configured EVSE with <Configured valid_idtoken2>; returns the answer. */
export async function reserveConfiguredEvse(ctx: CaseContext<'2.0.1', 'CS'>, made: number[], token: IdTokenSpec = secondToken(ctx)): Promise<Response<'2.0.1', 'ReserveNow'>> {
  const id = freshReservationId();
  const res = await ctx.sut.call('ReserveNow', { id, evseId: configuredEvse(ctx).evseId, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(token) });
  // A station that wrongly accepted holds a reservation now: cancel it afterwards too.
  if (res.status === 'Accepted') made.push(id);
  return res;
}

interface EventDatum { trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }

const connectorAvailability = (p: Payload): EventDatum | undefined =>
  ((p.eventData as EventDatum[] | undefined) ?? []).find((d) => d.component?.name === 'Connector' && d.variable?.name === 'AvailabilityState');

/**
 * Arms the wait for "the Charging Station notifies the CSMS about the status change of the connector": the
 * configured connector reports `status` by StatusNotification or NotifyEvent (Connector AvailabilityState, Delta),
 * within `timeoutMs` (default: the message timeout).
 */
export function configuredConnectorReports(ctx: CaseContext<'2.0.1', 'CS'>, status: string, requirement: string, timeoutMs?: number, connector?: number): Promise<ReceivedCall> {
  const { expect } = ctx;
  const { evseId, connectorId: configuredConnector } = configuredEvse(ctx);
  const connectorId = connector ?? configuredConnector;
  // Another connector of the EVSE is told apart by its connectorId; the configured one keeps the looser match (any connector's report).
  const ofConnector = (id: unknown) => connector === undefined || id === connectorId;
  const call = ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
    requirement, describe: `(connector ${evseId}/${connectorId} ${status})`, ...(timeoutMs ? { timeoutMs } : {}),
    filter: (p) => ('connectorStatus' in p && p.connectorStatus === status && p.evseId === evseId && ofConnector(p.connectorId))
      || (connectorAvailability(p)?.actualValue === status && ofConnector(connectorAvailability(p)?.component?.evse?.connectorId)),
  });
  return later(call.then((c) => {
    if (c.action === 'StatusNotification') {
      expect(c.payload.connectorId, `${requirement}: StatusNotificationRequest connectorId`).to.equal(connectorId);
    } else {
      const ev = connectorAvailability(c.payload);
      expect(ev?.trigger, `${requirement}: NotifyEventRequest eventData[0].trigger`).to.equal('Delta');
      expect(ev?.component?.evse?.id, `${requirement}: NotifyEventRequest eventData[0].component.evse.id`).to.equal(evseId);
      expect(ev?.component?.evse?.connectorId, `${requirement}: NotifyEventRequest eventData[0].component.evse.connectorId`).to.equal(connectorId);
    }
    return c;
  }));
}

/** Errata 2025-09 6.2.62 (TC_H_17_CS step 3): every connector of the configured EVSE reports `status`. */
export function evseConnectorsReport(ctx: CaseContext<'2.0.1', 'CS'>, status: string, requirement: string): Promise<ReceivedCall[]> {
  const { evseId, connectorId } = configuredEvse(ctx);
  const count = ctx.ics.evses.find((e) => e.id === evseId)?.connectors ?? 1;
  if (count <= 1) return later(Promise.all([configuredConnectorReports(ctx, status, requirement)]));
  // Several connectors: each report is told apart by its connectorId (the configured one first).
  const ids = [connectorId, ...Array.from({ length: count }, (_, i) => i + 1).filter((id) => id !== connectorId)];
  return later(Promise.all(ids.map((id) => configuredConnectorReports(ctx, status, requirement, undefined, id))));
}
