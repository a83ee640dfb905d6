/**
 * Helpers of block H (Reservation), CSMS under test: the harness plays the station. The Reusable State
 * Reserved (Part 6 Table 699), the connector reports of the EVSE and ReservationStatusUpdate.
 */
import type { CaseContext, CaseTools, Payload, Received, Request, Response } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { chargingSession, csmsRequest, validToken } from '../_shared/charging-session.csms.js';

type ConnectorStatus = Request<'2.0.1', 'StatusNotification'>['connectorStatus'];
type ReserveNowStatus = Response<'2.0.1', 'ReserveNow'>['status'];

/** <Configured evseId> and the number of its connectors. */
export function configuredEvse(ctx: CaseContext<'2.0.1', 'CSMS'>): { evseId: number; connectors: number } {
  const evseId = chargingSession(ctx).evseId;
  return { evseId, connectors: ctx.ics.evses.find((e) => e.id === evseId)?.connectors ?? 1 };
}

/**
 * Manual Action "Trigger the CSMS to send a ReserveNowRequest for a specific EVSE" (the operator names the
 * configured EVSE and valid idToken, and `hint` adds to it); the harness answers `status`. Returns the request.
 */
export async function reserveNow(ctx: CaseContext<'2.0.1', 'CSMS'>, status: ReserveNowStatus, hint: Payload = {}): Promise<Received<'2.0.1', 'ReserveNow'>> {
  const asked = { evseId: configuredEvse(ctx).evseId, idToken: validToken(ctx), ...hint };
  return csmsRequest(ctx, 'ReserveNow', () => ({ status }), { hint: asked });
}

/** Every EVSE the harness (as the station) has, with its connector count. */
export const allEvses = (ctx: CaseContext<'2.0.1', 'CSMS'>): Array<{ evseId: number; connectors: number }> =>
  (ctx.ics.evses.length ? ctx.ics.evses : [{ id: configuredEvse(ctx).evseId, connectors: 1 }]).map((e) => ({ evseId: e.id, connectors: e.connectors }));

/**
 * Manual Action "Trigger the CSMS to send a ReserveNowRequest for an unspecified EVSE" (the hint asks for no
 * evseId), answered Accepted; step 1 validated: evseId and connectorType omitted, the configured valid idToken.
 */
export async function reserveUnspecified(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<Request<'2.0.1', 'ReserveNow'>> {
  const { expect } = ctx;
  const req = (await reserveNow(ctx, 'Accepted', { evseId: null })).payload;
  const token = validToken(ctx);
  expect(req.evseId, 'step 1: ReserveNowRequest evseId must be omitted').to.equal(undefined);
  expect(req.connectorType, 'step 1: ReserveNowRequest connectorType must be omitted').to.equal(undefined);
  expect(req.idToken?.idToken, 'step 1: ReserveNowRequest idToken.idToken').to.equal(token.idToken);
  expect(req.idToken?.type, 'step 1: ReserveNowRequest idToken.type').to.equal(token.type);
  return req;
}

/** Step 1 tool validations of Reserved: evseId the configured one, connectorType omitted, the configured valid idToken. */
export function expectSpecificEvse(ctx: CaseContext<'2.0.1', 'CSMS'>, request: Request<'2.0.1', 'ReserveNow'>, step = 'Reserved step 1'): void {
  const { expect } = ctx;
  const token = validToken(ctx);
  expect(request.evseId, `${step}: ReserveNowRequest evseId`).to.equal(configuredEvse(ctx).evseId);
  expect(request.connectorType, `${step}: ReserveNowRequest connectorType must be omitted`).to.equal(undefined);
  expect(request.idToken?.idToken, `${step}: ReserveNowRequest idToken.idToken`).to.equal(token.idToken);
  expect(request.idToken?.type, `${step}: ReserveNowRequest idToken.type`).to.equal(token.type);
}

/**
 * "The OCTT notifies the CSMS about the current state of the connector(s) of the configured EVSE": a
 * StatusNotification and a NotifyEvent (Connector AvailabilityState, Delta) per connector.
 */
export async function reportEvse(ctx: CaseContext<'2.0.1', 'CSMS'>, status: ConnectorStatus, evse: { evseId: number; connectors: number } = configuredEvse(ctx)): Promise<void> {
  const { sut } = ctx;
  const { evseId, connectors } = evse;
  for (let connectorId = 1; connectorId <= connectors; connectorId += 1) {
    await sut.call('StatusNotification', { timestamp: sut.now(), connectorStatus: status, evseId, connectorId });
    await sut.call('NotifyEvent', {
      generatedAt: sut.now(), seqNo: 0,
      eventData: [{
        eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
        component: { name: 'Connector', evse: { id: evseId, connectorId } }, variable: { name: 'AvailabilityState' },
      }],
    });
  }
}

/** Reusable State Reserved (CSMS): ReserveNow for the configured EVSE (validated), Accepted, connectors Reserved. Returns the request. */
export async function reserved(ctx: CaseContext<'2.0.1', 'CSMS'>, hint: Payload = {}): Promise<Request<'2.0.1', 'ReserveNow'>> {
  // Manual Action; 1-2. ReserveNowRequest, answered Accepted.
  const req = await reserveNow(ctx, 'Accepted', hint);
  expectSpecificEvse(ctx, req.payload);
  // 3-4. The connectors of the EVSE report Reserved.
  await reportEvse(ctx, 'Reserved');
  return req.payload;
}

/** The OCTT sends ReservationStatusUpdateRequest; the CSMS must answer it (a CALLERROR fails the step). */
export async function reservationStatusUpdate(ctx: CaseContext<'2.0.1', 'CSMS'>, reservationId: number, reservationUpdateStatus: 'Expired' | 'Removed'): Promise<void> {
  await ctx.sut.call('ReservationStatusUpdate', { reservationId, reservationUpdateStatus });
}

/** Best effort after a case: the EVSE's connectors report Available again (not judged). */
export async function backToAvailable(ctx: CaseContext<'2.0.1', 'CSMS'>, evses = [configuredEvse(ctx)]): Promise<void> {
  for (const evse of evses) if (ctx.sut.isConnected()) await reportEvse(ctx, 'Available', evse).catch(() => undefined);
}

/** <Configured connectorType> of TC_H_15_CSMS (errata 5.19: 2.0.1 keeps the enumeration): the config's connectorType. */
export const configuredConnectorType = (ctx: CaseTools): string => configuredText(ctx, 'connectorType');

/**
 * Manual Action "Trigger the CSMS to send a ReserveNowRequest for a specific ConnectorType" (the hint asks for
 * no evseId and the configured connectorType), answered Accepted; step 1 validated: evseId omitted, the
 * configured connectorType and valid idToken.
 */
export async function reserveConnectorType(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<Request<'2.0.1', 'ReserveNow'>> {
  const { expect } = ctx;
  const req = (await reserveNow(ctx, 'Accepted', { evseId: null, connectorType: configuredConnectorType(ctx) })).payload;
  const token = validToken(ctx);
  expect(req.evseId, 'step 1: ReserveNowRequest evseId must be omitted').to.equal(undefined);
  expect(req.connectorType, 'step 1: ReserveNowRequest connectorType').to.equal(configuredConnectorType(ctx));
  expect(req.idToken?.idToken, 'step 1: ReserveNowRequest idToken.idToken').to.equal(token.idToken);
  expect(req.idToken?.type, 'step 1: ReserveNowRequest idToken.type').to.equal(token.type);
  return req;
}
