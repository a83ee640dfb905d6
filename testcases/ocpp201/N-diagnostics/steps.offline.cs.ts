/**
 * N07.FR.04 (TC_N_22_CS / TC_N_23_CS): the station offline while a monitor's variable changes. The OCTT closes
 * the connection and refuses reconnects (goOffline) and accepts them again (goOnline); the transaction session
 * knows it is offline, so its cleanup brings the station back online whatever happens.
 */
import type { CaseContext, Payload, Received, Request } from '../../kit.js';
import { follow, type TxSession } from '../_shared/charging-session.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** "Take Charging Station offline". */
export async function goOffline(ctx: Ctx, s: TxSession): Promise<void> {
  s.offline = true;
  await ctx.operator.do('goOffline');
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

/** "Bring Charging Station back online". */
export async function goOnline(ctx: Ctx, s: TxSession): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  s.offline = false;
}

/** The MonitoringCtrlr.OfflineQueuingSeverity of the Configuration State. */
export const offlineQueuingSeverity = (value: number) => ({ component: 'MonitoringCtrlr', variable: 'OfflineQueuingSeverity', value: String(value) });

type EventDatum = Request<'2.0.1', 'NotifyEvent'>['eventData'][number];

/**
 * The AvailabilityState events of the monitors `ids` (Connector first, EVSE second) in the NotifyEvents the station sends,
 * in one message or two; each event may also be recognised by its component and variable.
 */
export async function availabilityEvents(ctx: Ctx, ids: number[]): Promise<{ connector: EventDatum; evse: EventDatum }> {
  const found: { connector?: EventDatum; evse?: EventDatum } = {};
  const mine = (e: EventDatum, name: string, id: number | undefined) => e.variable.name === 'AvailabilityState' && e.component.name === name
    && (e.variableMonitoringId === undefined || e.variableMonitoringId === id);
  while (!found.connector || !found.evse) {
    const call = await ctx.sut.expectCall('NotifyEvent', {
      requirement: 'N07.FR.04', describe: `(AvailabilityState of the ${found.connector ? 'EVSE' : found.evse ? 'Connector' : 'Connector and EVSE'})`,
      filter: (p) => p.eventData.some((e) => (!found.connector && mine(e, 'Connector', ids[0])) || (!found.evse && mine(e, 'EVSE', ids[1]))),
    });
    found.connector ??= call.payload.eventData.find((e) => mine(e, 'Connector', ids[0]));
    found.evse ??= call.payload.eventData.find((e) => mine(e, 'EVSE', ids[1]));
  }
  return { connector: found.connector, evse: found.evse };
}

/**
 * The NotifyEvent of monitor `id` (or of `component` AvailabilityState) the station queued while offline; the
 * TransactionEvents it queued too (they may come first: one queue) are answered and followed meanwhile.
 */
export async function queuedEvent(ctx: Ctx, id: number, component: string): Promise<Received<'2.0.1', 'NotifyEvent'>> {
  const timeoutMs = ctx.ics.timeouts.messageMs * 3;
  const ours = (e: EventDatum) => e.variableMonitoringId === id || (e.component.name === component && e.variable.name === 'AvailabilityState');
  for (;;) {
    const call = await ctx.sut.expectCall(['NotifyEvent', 'TransactionEvent'], {
      requirement: 'N07.FR.04', describe: `(queued: ${component} AvailabilityState)`, timeoutMs,
      filter: (p) => 'eventType' in p || ('eventData' in p && (p.eventData as EventDatum[]).some(ours)),
    });
    if (call.action === 'NotifyEvent') return call as Received<'2.0.1', 'NotifyEvent'>;
    const p = call.payload as Payload;
    if (!call.answered) call.respond(p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {});
    follow(ctx, p);
  }
}
