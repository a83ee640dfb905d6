/**
 * Steps and reusable states of the OCTT 1.6 §2.20 Reservation cases, Charge Point under test (requirement
 * ids: OCPP 1.6 sections, 5.13 Reserve Now, 5.1 Cancel Reservation, 4.9 Status Notification). A case that
 * makes a reservation cancels it in its cleanup (ungraded), so the next case finds no Reserved connector.
 */
import type { CaseContext, Request } from '../../kit.js';
import { fixedDefault } from '../_shared/configured.js';
import { changeAvailability, connectorIds, connectorOf, expectStatus, getConfiguration, messageMs, validTag } from '../_shared/states.cs.js';
import { CaseNotApplicable } from '../../kit.js';

type Ctx = CaseContext<'1.6', 'CS'>;
export type ReserveStatus = 'Accepted' | 'Faulted' | 'Occupied' | 'Rejected' | 'Unavailable';

/** reservationIds the harness issues: distinct across a session and across runs on one Charge Point. */
let nextReservationId = Math.floor(Date.now() / 1000) % 1_000_000;
export const newReservationId = (): number => (nextReservationId += 1);

/** <Configured Reservation Expiry Date Offset> in ms (the config's `configured.reservationExpiryMs`). */
export function expiryOffsetMs(ctx: Ctx): number {
  const v = (ctx.settings.configured as Record<string, unknown> | undefined)?.reservationExpiryMs;
  const ms = typeof v === 'number' && v >= 0 ? v : fixedDefault(ctx, 'reservationExpiryMs');
  ctx.log(`configured reservationExpiryMs = ${ms}`);
  return ms;
}

export interface ReserveOptions {
  connectorId?: number;
  idTag?: string;
  parentIdTag?: string;
  reservationId?: number;
  /** ms from now; default an hour (the case ends the reservation itself). */
  expiresInMs?: number;
}

/** ReserveNow.req; returns the ReserveNow.conf status (graded by the caller) and the request sent. */
export async function reserveNow(ctx: Ctx, options: ReserveOptions = {}): Promise<{ status: string; request: Request<'1.6', 'ReserveNow'> }> {
  const request: Request<'1.6', 'ReserveNow'> = {
    connectorId: options.connectorId ?? connectorOf(ctx),
    expiryDate: new Date(Date.now() + (options.expiresInMs ?? 3_600_000)).toISOString(),
    idTag: options.idTag ?? validTag(ctx),
    reservationId: options.reservationId ?? newReservationId(),
    ...(options.parentIdTag ? { parentIdTag: options.parentIdTag } : {}),
  };
  const conf = await ctx.sut.call('ReserveNow', request, { requirement: '5.13' });
  return { status: String(conf.status), request };
}

/** ReserveNow.req answered `expected` (the step's validation). */
export async function expectReserveNow(ctx: Ctx, expected: ReserveStatus, step: string, options: ReserveOptions = {}): Promise<Request<'1.6', 'ReserveNow'>> {
  const { status, request } = await reserveNow(ctx, options);
  ctx.expect(status, `5.13: ${step} ReserveNow.conf status (connectorId ${request.connectorId})`).to.equal(expected);
  return request;
}

/**
 * Reusable State Reserved: ReserveNow.req for <Configured ConnectorId> Accepted, then StatusNotification.req Reserved.
 * Returns the request. A reservation of connector 0 holds a connector: with the unused ones Unavailable, <Configured ConnectorId>.
 */
export async function reserved(ctx: Ctx, options: ReserveOptions = {}): Promise<Request<'1.6', 'ReserveNow'>> {
  const connectorId = options.connectorId ?? connectorOf(ctx);
  const status = expectStatus(ctx, 'Reserved', { connectorId: connectorId === 0 ? connectorOf(ctx) : connectorId, requirement: '4.9', timeoutMs: messageMs(ctx) * 2 });
  status.catch(() => undefined);
  const request = await expectReserveNow(ctx, 'Accepted', 'Reserved step 2', { ...options, connectorId });
  await status;
  return request;
}

/** Cleanup (ungraded): the reservation the case made is cancelled, as a Central System would. */
export async function cancelReservation(ctx: Ctx, reservationId: number): Promise<void> {
  await ctx.sut.callRaw('CancelReservation', { reservationId });
}

/** Reusable State "SetConnectorUnavailable for all unused connectors": every connector but <Configured ConnectorId> Inoperative. */
export async function unusedConnectorsUnavailable(ctx: Ctx): Promise<void> {
  for (const c of connectorIds(ctx).filter((id) => id !== connectorOf(ctx))) {
    const unavailable = expectStatus(ctx, 'Unavailable', { connectorId: c });
    unavailable.catch(() => undefined);
    ctx.expect(await changeAvailability(ctx, c, 'Inoperative'), `5.2: SetConnectorUnavailable ChangeAvailability.conf status (connector ${c})`).to.equal('Accepted');
    await unavailable;
  }
}

/** Prerequisite "ReserveConnectorZeroSupported is true": a Charge Point without it (or with it false) does not apply. */
export async function connectorZeroSupported(ctx: Ctx): Promise<void> {
  const { values } = await getConfiguration(ctx, ['ReserveConnectorZeroSupported']);
  const value = values.get('ReserveConnectorZeroSupported')?.value;
  if (value?.toLowerCase() !== 'true') throw new CaseNotApplicable(`ReserveConnectorZeroSupported is ${value ?? 'not reported'}, the case needs true`);
}
