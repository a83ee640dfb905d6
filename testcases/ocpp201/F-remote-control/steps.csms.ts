/** Helpers of the F Remote control cases, CSMS under test (the harness plays the charging station). */
import type { CaseContext, Received, Request, Response } from '../../kit.js';
import { chargingSession, csmsRequest, nextTransactionEvent, validToken, type ChargingState } from '../_shared/charging-session.csms.js';

/**
 * Manual Action "Trigger the CSMS to request the Charging Station to start a transaction" and steps 1-2:
 * RequestStartTransactionRequest for the configured valid idToken, answered Accepted (with the running
 * transaction's id when there is one). Tool validation, step 1: idToken.idToken and idToken.type are the configured ones.
 */
export async function remoteStartRequested(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<Received<'2.0.1', 'RequestStartTransaction'>> {
  const { expect } = ctx;
  const s = chargingSession(ctx);
  const token = validToken(ctx);
  const running = s.tx?.transactionId;
  const request = await csmsRequest(ctx, 'RequestStartTransaction', () => ({ status: 'Accepted' as const, ...(running ? { transactionId: running } : {}) }),
    { hint: { idToken: token, evseId: s.evseId }, requirement: 'F01.FR.01' });
  expect(request.payload.idToken?.idToken, 'F01.FR.01: RequestStartTransactionRequest idToken.idToken (<Configured valid_idtoken_idtoken>)').to.equal(token.idToken);
  expect(request.payload.idToken?.type, 'F01.FR.01: RequestStartTransactionRequest idToken.type (<Configured valid_idtoken_type>)').to.equal(token.type);
  return request;
}

/** TransactionEvent triggerReason RemoteStart with the CSMS's remoteStartId (F02.FR.01); returns the CSMS's answer. */
export async function remoteStartEvent(ctx: CaseContext<'2.0.1', 'CSMS'>, eventType: 'Started' | 'Updated', remoteStartId: number, chargingState?: ChargingState): Promise<Response<'2.0.1', 'TransactionEvent'>> {
  const payload = nextTransactionEvent(ctx, { eventType, triggerReason: 'RemoteStart', idToken: validToken(ctx), ...(chargingState ? { chargingState } : {}) });
  payload.transactionInfo.remoteStartId = remoteStartId;
  return ctx.sut.call('TransactionEvent', payload, { requirement: 'J02.FR.19' });
}

/** Part 5 C-29.x: the TriggerMessage options. */
export const triggerOption = (option: string) => ({ profile: 'Core', condition: `C-29.${option}` });

/**
 * Steps 1-2: the CSMS sends TriggerMessageRequest (the operator asks it for `requestedMessage`, for the configured EVSE
 * when `evse` is given); the OCTT answers Accepted. Tool validation, step 1: requestedMessage (and evse.id when asked).
 */
export async function triggerRequested(ctx: CaseContext<'2.0.1', 'CSMS'>, requestedMessage: Request<'2.0.1', 'TriggerMessage'>['requestedMessage'],
  evse?: { connectorId?: boolean }): Promise<void> {
  const { expect } = ctx;
  const s = chargingSession(ctx);
  const hint = { requestedMessage, ...(evse ? { evse: { id: s.evseId, ...(evse.connectorId ? { connectorId: s.connectorId } : {}) } } : {}) };
  const request = await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'Accepted' as const }), { hint, requirement: 'F06.FR.01' });
  expect(request.payload.requestedMessage, 'F06.FR.01: TriggerMessageRequest requestedMessage').to.equal(requestedMessage);
  if (evse) expect(request.payload.evse?.id, 'F06.FR.02: TriggerMessageRequest evse.id (<Configured evseId>)').to.equal(s.evseId);
  if (evse?.connectorId) expect(request.payload.evse?.connectorId, 'F06.FR.13: TriggerMessageRequest evse.connectorId (<Configured connectorId>)').to.equal(s.connectorId);
}

/** A meter value of context Trigger (F06.FR.06 / F06.FR.07). */
export function triggerMeterValue(): { timestamp: string; sampledValue: Array<{ value: number; context: 'Trigger'; measurand: 'Energy.Active.Import.Register' }> } {
  return { timestamp: new Date().toISOString(), sampledValue: [{ value: 12_345, context: 'Trigger', measurand: 'Energy.Active.Import.Register' }] };
}
