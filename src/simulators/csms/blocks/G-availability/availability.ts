/**
 * G Availability: the default ChangeAvailability of the reference CSMS (G03, G04; 1.6 5.2). The operator's
 * hint names the target as the wire does (2.0.1 `evse`, 1.6 `connectorId`) and the status; without one the
 * whole station goes Operative. Its faults apply after the hint (shapeRequest), so they can get the request wrong.
 * And NotifyEvent (G01 AvailabilityState, G05 lock failure, N07 monitoring events): acknowledged (G05.FR.03).
 */
import type { Payload } from '../../../../rpc/codec.js';
import { callError, ok, type HandlerTable, type RequestContext } from '../../types.js';
import type { CsmsBlockFactory } from '../../block-host.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

const FLIP: Record<string, string> = { Operative: 'Inoperative', Inoperative: 'Operative' };

/** The request faults of this block on the ChangeAvailability built from the default and the operator's hint. */
function shapeChangeAvailability(ctx: RequestContext<Faults>, action: string, payload: Payload): Payload {
  if (action !== 'ChangeAvailability' || ctx.version === '1.6') return payload;
  const p: Payload = { ...payload };
  const has = ctx.csms.hasFault;
  if (has('change-availability-wrong-status')) p.operationalStatus = FLIP[String(p.operationalStatus)] ?? p.operationalStatus;
  if (has('change-availability-whole-station')) delete p.evse;
  else if (has('change-availability-adds-evse') && p.evse === undefined) p.evse = { id: 1 };
  return p;
}

interface EventDatum { actualValue?: string; eventNotificationType?: string; component?: { name?: string }; variable?: { name?: string } }

/** G05.FR.02: a connector plug retention lock that failed to lock. */
const lockFailure = (p: Payload): boolean => ((p.eventData as EventDatum[] | undefined) ?? [])
  .some((d) => d.component?.name === 'ConnectorPlugRetentionLock' && d.variable?.name === 'Problem' && d.actualValue?.toLowerCase() === 'true');

/** N07: an event a monitor raised (not a hard-wired notification). */
const monitorEvent = (p: Payload): boolean => ((p.eventData as EventDatum[] | undefined) ?? [])
  .some((d) => d.eventNotificationType === 'CustomMonitor' || d.eventNotificationType === 'PreconfiguredMonitor');

const handlers: HandlerTable<Faults> = {
  // Faults lock-failure-event-unhandled (G05.FR.03) and monitoring-event-unhandled (N07, N08.FR.02) ask no NotifyEventResponse.
  NotifyEvent: (p, ctx) => {
    if (ctx.csms.hasFault('lock-failure-event-unhandled') && lockFailure(p)) return callError('InternalError', 'unexpected event ConnectorPlugRetentionLock Problem');
    if (ctx.csms.hasFault('monitoring-event-unhandled') && monitorEvent(p)) return callError('InternalError', 'unexpected monitoring event');
    return ok({});
  },
};

export const create: CsmsBlockFactory<Faults> = () => ({
  handlers: () => handlers,
  requests: () => ({
    '2.0.1': { ChangeAvailability: () => ({ operationalStatus: 'Operative' }) },
    '1.6': { ChangeAvailability: () => ({ connectorId: 0, type: 'Operative' }) },
  }),
  shapeRequest: shapeChangeAvailability,
});
