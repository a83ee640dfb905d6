/**
 * How the reference CSMS answers a station's CALL: OCPP-J first (a schema-invalid CALL gets its
 * CALLERROR, with the faults that get this wrong), then the registration rules (admission.ts),
 * then the block handler for the action; the personality may delay the answer or add optional fields.
 */
import type { IncomingCall } from '../../rpc/connection.js';
import type { CsmsBehaviour } from '../personalities.js';
import { admit } from './admission.js';
import type { CsmsFaultName } from './blocks/index.js';
import { pause, withOptionalFields } from './personality.js';
import { callError, ok, type BootRecord, type CallHandler, type CsmsContext, type CsmsState, type LogLevel, type Reply, type StationSession } from './types.js';

/** What answering needs of the CSMS. */
export interface CallDesk {
  readonly state: CsmsState;
  readonly behaviour: CsmsBehaviour;
  handler(action: string): CallHandler | undefined;
  hasFault(name: CsmsFaultName): boolean;
  /** Keeps a station's last BootNotification across reconnections. */
  rememberBoot(stationId: string, boot: BootRecord): void;
  log(line: string, level: LogLevel): void;
  emit(event: string, value: unknown): void;
}

export async function answerCall(desk: CallDesk, session: StationSession, call: IncomingCall): Promise<void> {
  const after: Array<() => unknown> = [];
  const ctx: CsmsContext = { version: session.version, session, csms: desk.state, call, after: (task) => { after.push(task); } };
  let reply = await replyTo(desk, ctx);
  const rpc = session.rpc;
  // Personalities slow-answers and optional-fields (src/simulators/csms/personality.ts).
  await pause(desk.behaviour.answerDelayMs);
  if (!rpc.isOpen) return;
  if ('payload' in reply && desk.behaviour.optionalFields) reply = { payload: withOptionalFields(session.version, call.action, reply.payload, desk.state.now()) };
  if ('silent' in reply) rpc.forget(call.messageId);
  else if ('error' in reply) rpc.respondError(call.messageId, reply.error.code, reply.error.description, reply.error.details ?? {});
  else rpc.respond(call.messageId, reply.payload);
  if (call.action === 'BootNotification' && session.lastBoot) desk.rememberBoot(session.stationId, session.lastBoot);
  desk.emit('call', { stationId: session.stationId, action: call.action, payload: call.payload, reply });
  for (const task of after) {
    try {
      await task();
    } catch (err) {
      desk.log(`${session.stationId} follow-up of ${call.action} failed: ${(err as Error).message}`, 'error');
    }
  }
}

async function replyTo(desk: CallDesk, ctx: CsmsContext): Promise<Reply> {
  const { call, session } = ctx;
  if (call.suggestedError) {
    if (desk.hasFault('no-callerror-on-invalid')) {
      const reply = await runHandler(desk, ctx).catch((): Reply => ok({}));
      return 'payload' in reply ? reply : ok({});
    }
    if (desk.hasFault('wrong-callerror-code')) return callError('GenericError', call.suggestedError.description);
    return { error: { code: call.suggestedError.code, description: call.suggestedError.description } };
  }
  const refused = admit(session, call.action, desk.hasFault('pending-accepts-calls'));
  if (refused) return refused;
  // P DataTransfer's fault: a CSMS whose parser refuses the customData every JSON class allows (OCPP-J 9).
  if (desk.hasFault('custom-data-callerror') && typeof call.payload === 'object' && call.payload !== null && 'customData' in call.payload) return callError('FormationViolation', 'unexpected property customData');
  try {
    return await runHandler(desk, ctx);
  } catch (err) {
    desk.log(`${session.stationId} ${call.action} handler failed: ${(err as Error).stack ?? String(err)}`, 'error');
    return callError('InternalError', `the CSMS failed to process ${call.action}`);
  }
}

async function runHandler(desk: CallDesk, ctx: CsmsContext): Promise<Reply> {
  const handler = desk.handler(ctx.call.action);
  if (!handler) return callError('NotSupported', `this CSMS does not handle ${ctx.call.action || 'that message'}`);
  return handler(ctx.call.payload, ctx);
}
