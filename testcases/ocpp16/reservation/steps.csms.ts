/**
 * Steps of the OCTT 1.6 §3.17 Reservation cases, Central System under test: the operator makes the Central
 * System send ReserveNow / CancelReservation (hint: what the step asks), the harness's Charge Point answers
 * as the table says and reports its connector (requirement ids: OCPP 1.6 5.13, 5.1, 4.9).
 */
import type { CaseContext, Payload, Request } from '../../kit.js';
import { fixedDefault } from '../_shared/configured.js';
import { connectorId, csmsSends, statusNotification, validIdTag } from '../_shared/states.csms.js';

type Ctx = CaseContext<'1.6', 'CSMS'>;
type ReserveStatus = 'Accepted' | 'Faulted' | 'Occupied' | 'Rejected' | 'Unavailable';
export type ReserveNow16 = Request<'1.6', 'ReserveNow'>;

/** <Configured Reservation Expiry Date Offset> in ms (the config's `configured.reservationExpiryMs`). */
export function expiryOffsetMs(ctx: Ctx): number {
  const v = (ctx.settings.configured as Record<string, unknown> | undefined)?.reservationExpiryMs;
  return typeof v === 'number' && v >= 0 ? v : fixedDefault(ctx, 'reservationExpiryMs');
}

export interface ReserveAsk {
  /** The connector the step names (default <Configured ConnectorId>). */
  connectorId?: number;
  /** Step 1 validates the idTag as <Configured Valid IdTag> (default true). */
  checkIdTag?: boolean;
  /** The expiry the operator is asked for. */
  expiryDate?: string;
  step?: string;
}

/** The Central System sends ReserveNow.req (the operator asks for `ask`), answered `status`; step 1's validations. */
export async function reserveNowSent(ctx: Ctx, status: ReserveStatus, ask: ReserveAsk = {}): Promise<ReserveNow16> {
  const { expect } = ctx;
  const step = ask.step ?? 'step 1';
  const connector = ask.connectorId ?? connectorId(ctx);
  const hint: Payload = { connectorId: connector, idTag: validIdTag(ctx), ...(ask.expiryDate ? { expiryDate: ask.expiryDate } : {}) };
  const req = await csmsSends(ctx, 'ReserveNow', () => ({ status }), { hint, requirement: '5.13' });
  expect(req.payload.connectorId, `5.13: ${step} ReserveNow.req connectorId`).to.equal(connector);
  if (ask.checkIdTag !== false) expect(req.payload.idTag, `5.13: ${step} ReserveNow.req idTag (<Configured Valid IdTag>)`).to.equal(validIdTag(ctx));
  return req.payload;
}

/** 3-4. The Charge Point reports the reserved connector Reserved (StatusNotification.req, answered by the Central System, 4.9). */
export async function reportReserved(ctx: Ctx, connector = connectorId(ctx)): Promise<void> {
  await statusNotification(ctx, connector, 'Reserved');
}

/** The Central System sends CancelReservation.req for `reservationId` (the hint), answered `status`. Returns the reservationId sent. */
export async function cancelSent(ctx: Ctx, reservationId: number, status: 'Accepted' | 'Rejected'): Promise<number> {
  const req = await csmsSends(ctx, 'CancelReservation', () => ({ status }), { hint: { reservationId }, requirement: '5.1' });
  return req.payload.reservationId;
}
