/**
 * The reference CSMS's own CALLs on the wire: whether the station's registration lets it send one
 * (B03.FR.03; 1.6 4.2 / B02.FR.05), the station CALL it then expects (admitted while Pending), the
 * overlap fault, and a request sent in parts.
 */
import { HarnessError } from '../../errors.js';
import type { CallOutcome } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import { triggeredAction } from './admission.js';
import type { StationSession } from './types.js';

/** CSMS-initiated messages a CSMS does not send while the station is Pending (1.6 4.2, 2.0.1 B02.FR.05). */
const NOT_WHILE_PENDING = new Set(['RemoteStartTransaction', 'RemoteStopTransaction', 'RequestStartTransaction', 'RequestStopTransaction']);

/**
 * The open session to send `action` on. Throws OCPPH_ERR_NOT_CONNECTED, or OCPPH_ERR_SIMULATOR when the station's
 * registration forbids the message (`sendsWhileRejected`: fault sends-while-rejected).
 */
export function sendableSession(session: StationSession | undefined, stationId: string, action: string, sendsWhileRejected: boolean): StationSession {
  if (!session || !session.rpc.isOpen) throw new HarnessError('OCPPH_ERR_NOT_CONNECTED', `station ${stationId} is not connected to the reference CSMS`);
  if (session.registration === 'Rejected' && !sendsWhileRejected) {
    throw new HarnessError('OCPPH_ERR_SIMULATOR', `station ${stationId} is Rejected: a CSMS initiates no messages to it (B03.FR.03)`);
  }
  if (session.registration === 'Pending' && NOT_WHILE_PENDING.has(action)) {
    throw new HarnessError('OCPPH_ERR_SIMULATOR', `station ${stationId} is Pending: accept it before sending ${action} (B02.FR.05, 1.6 4.2)`);
  }
  return session;
}

/**
 * Sends the CALL, noting the station CALL it asks for; `overlap` (fault second-call-while-pending): a second
 * CALL right behind the first, before either is answered. Resolves with the first one's outcome.
 */
export function callStation(session: StationSession, action: string, payload: Payload, options: { timeoutMs?: number }, overlap: boolean): Promise<CallOutcome> {
  const triggered = triggeredAction(session.version, action, payload);
  if (triggered) session.triggered.add(triggered);
  const timeout = options.timeoutMs ? { timeoutMs: options.timeoutMs } : {};
  const first = session.rpc.call(action, payload, { ...timeout, ...(overlap ? { ignoreInFlight: true } : {}) });
  if (overlap) {
    session.triggered.add('Heartbeat');
    void session.rpc.call('TriggerMessage', { requestedMessage: 'Heartbeat' }, { ...timeout, ignoreInFlight: true });
  }
  return first;
}

/**
 * A request in parts, one after the other (B06.FR.05 / a block's limit, N06.FR.04). One part: its outcome;
 * several: `join` them when given, else the first outcome not a result, else the last.
 */
export async function sendInParts(parts: readonly Payload[], send: (part: Payload) => Promise<CallOutcome>, join?: (outcomes: CallOutcome[]) => CallOutcome): Promise<CallOutcome> {
  const outcomes: CallOutcome[] = [];
  for (const part of parts) outcomes.push(await send(part));
  if (parts.length === 1) return outcomes[0]!;
  return join ? join(outcomes) : outcomes.find((o) => o.kind !== 'result') ?? outcomes[outcomes.length - 1]!;
}
