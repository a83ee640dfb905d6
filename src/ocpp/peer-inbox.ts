/**
 * The calls the SUT made in a case, as the peer keeps them (the inbox), and how one is handed to
 * the case that claims it.
 */
import type { RpcConnection, IncomingCall } from '../rpc/connection.js';
import type { Payload } from '../rpc/codec.js';
import type { FrameRecord } from '../domain/records.js';
import { HarnessError } from '../errors.js';
import type { CaseRecorder } from './recorder.js';
import type { ReceivedCall } from './peer-types.js';

export interface InboxEntry {
  call: IncomingCall;
  rpc: RpcConnection;
  frame: FrameRecord | undefined;
  claimed: boolean;
  answered: boolean;
  /** Answered by the harness's default (no case decided it). */
  byDefault?: boolean;
  holdTimer?: NodeJS.Timeout;
}

/**
 * The case's handle on a claimed call: answering it twice, or answering what the default already
 * answered, is a usage error of the case. `onRespond` sees every answer the case gives.
 */
export function receivedCallOf(entry: InboxEntry, recorder: CaseRecorder, onRespond: (payload: Payload) => void): ReceivedCall {
  const guard = (what: string) => {
    if (entry.answered) throw new HarnessError('OCPPH_ERR_USAGE', `cannot ${what} ${entry.call.action}: it was already answered by default; arm expectCall before the action that triggers it`);
    entry.answered = true;
  };
  return {
    action: entry.call.action,
    payload: entry.call.payload,
    messageId: entry.call.messageId,
    t: entry.call.t,
    frame: entry.frame,
    get answered() { return entry.answered; },
    respond(payload: Payload) {
      guard('respond to');
      onRespond(payload);
      entry.rpc.respond(entry.call.messageId, payload);
      recorder.step(`responded ${entry.call.action}${summarize(payload)}`);
    },
    respondError(code: string, description = '') {
      guard('answer');
      entry.rpc.respondError(entry.call.messageId, code, description);
      recorder.step(`answered ${entry.call.action} with CALLERROR ${code}`);
    },
    ignore() {
      guard('ignore');
      entry.rpc.forget(entry.call.messageId);
      recorder.step(`left ${entry.call.action} unanswered`, 'info');
    },
  };
}

/** A case's filter that throws on an unexpected payload shape does not match it. */
export function safeFilter(filter: (p: Payload) => boolean, payload: Payload): boolean {
  try {
    return filter(payload);
  } catch {
    return false;
  }
}

/** A short "(status Accepted)" style hint for the step log. */
export function summarize(payload: Payload): string {
  const keys = ['status', 'reason', 'eventType', 'triggerReason', 'connectorStatus', 'type', 'requestedMessage'];
  const parts = keys.filter((k) => typeof payload[k] === 'string').map((k) => `${k} ${String(payload[k])}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}
