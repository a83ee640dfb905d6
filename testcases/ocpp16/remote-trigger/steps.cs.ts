/**
 * Steps of the OCTT 1.6 §2.21 Remote Trigger cases, Charge Point under test (requirement ids: OCPP 1.6
 * sections, 5.17 Trigger Message). The triggered message is awaited (armed before the request), answered
 * by the harness as the Central System, and returned for the case to check.
 */
import type { CaseContext, Payload, ReceivedCall, Request } from '../../kit.js';
import { messageMs, pending } from '../_shared/states.cs.js';

type Ctx = CaseContext<'1.6', 'CS'>;
type Requested = Request<'1.6', 'TriggerMessage'>['requestedMessage'];

/** TriggerMessage.req for `requested`: the TriggerMessage.conf status. */
export async function trigger(ctx: Ctx, requested: Requested, connectorId?: number): Promise<string> {
  const conf = await ctx.sut.call('TriggerMessage', { requestedMessage: requested, ...(connectorId !== undefined ? { connectorId } : {}) }, { requirement: '5.17' });
  return String(conf.status);
}

/**
 * Steps "TriggerMessage.req (requested), TriggerMessage.conf Accepted, the Charge Point sends the requested
 * message": the message is awaited from before the request (5.17: the response first, then the message;
 * one sent meanwhile by normal operation complies). `filter` narrows it to the connector asked for.
 */
export async function triggered(ctx: Ctx, requested: Requested, step: string, connectorId?: number, filter?: (p: Payload) => boolean): Promise<ReceivedCall> {
  const message: Promise<ReceivedCall> = pending(ctx.sut.expectCall(requested, {
    requirement: '5.17', timeoutMs: messageMs(ctx) * 2, describe: `(triggered, ${step})`, ...(filter ? { filter } : {}),
  }));
  const status = await trigger(ctx, requested, connectorId);
  ctx.expect(status, `5.17: ${step} TriggerMessage.conf status (${requested})`).to.equal('Accepted');
  return answered(ctx, await message);
}

/** The Central System's answer to a triggered message (Heartbeat.conf carries the time; the others are empty). */
export function answered(ctx: Ctx, call: ReceivedCall): ReceivedCall {
  if (!call.answered) call.respond(call.action === 'Heartbeat' ? { currentTime: ctx.sut.now() } : {});
  return call;
}
