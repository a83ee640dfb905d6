/**
 * F06 TriggerMessage, the faults that change what a triggered message says (F06.FR.03, F06.FR.06,
 * F06.FR.09, F06.FR.15, F06.FR.16): the station accepts the trigger and sends its own wrong message
 * instead of the one the host would send. Undefined when no such fault applies to the request.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { BlockHost } from '../../block-host.js';
import type { HandlerResult } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** Messages an evse is not relevant to (F06.FR.03: the evse is ignored, the message still sent). */
const EVSE_NOT_RELEVANT = new Set(['FirmwareStatusNotification', 'LogStatusNotification', 'Heartbeat']);

export function faultyTrigger(host: BlockHost<Faults>, p: Payload): HandlerResult | undefined {
  const has = (name: Faults) => host.faults.has(name);
  const requested = String(p.requestedMessage);
  const evse = p.evse as { id: number; connectorId?: number } | undefined;
  const accepted = (after: () => unknown): HandlerResult => ({ payload: { status: 'Accepted' }, after });
  const send = (action: string, payload: Payload) => host.send(action, payload, { triggered: true });
  if (has('trigger-evse-not-relevant-rejected') && evse && EVSE_NOT_RELEVANT.has(requested)) return { payload: { status: 'Rejected' } };
  // Fault: a TransactionEvent trigger without evse is refused instead of meaning every EVSE (F06.FR.11).
  if (has('trigger-all-evse-rejected') && requested === 'TransactionEvent' && evse === undefined) return { payload: { status: 'Rejected' } };
  if (has('trigger-meter-values-wrong-context') && requested === 'MeterValues') {
    const targets = host.evses.list.filter((e) => evse === undefined || e.id === evse.id);
    if (!targets.length) return undefined;
    return accepted(() => Promise.all(targets.map((e) => send('MeterValues', {
      evseId: e.id,
      meterValue: [{ timestamp: new Date().toISOString(), sampledValue: [{ value: 0, context: 'Sample.Clock', measurand: 'Energy.Active.Import.Register' }] }],
    }))));
  }
  if (has('trigger-log-status-stale') && requested === 'LogStatusNotification') return accepted(() => send('LogStatusNotification', { status: 'Uploaded', requestId: 1 }));
  if (has('trigger-firmware-status-stale') && requested === 'FirmwareStatusNotification') return accepted(() => send('FirmwareStatusNotification', { status: 'Installed', requestId: 1 }));
  if (has('trigger-status-stale') && requested === 'StatusNotification' && evse?.connectorId !== undefined && host.evses.get(evse.id)) {
    const connectorId = evse.connectorId;
    return accepted(() => send('StatusNotification', host.evses.statusPayload(evse.id, connectorId, 'Available')));
  }
  return undefined;
}
