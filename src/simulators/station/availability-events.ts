/**
 * Personality status-and-event (2.0.1): a connector status change is also reported as a NotifyEvent
 * for Connector.AvailabilityState with trigger Delta. G01.FR.03-05 and E02.FR.05 ask for a
 * StatusNotification *or* this NotifyEvent; a station may send both.
 */
import type { Payload } from '../../rpc/codec.js';
import type { StationContext } from './context.js';

export class AvailabilityEvents {
  private nextEventId = 1;

  constructor(private readonly ctx: Pick<StationContext, 'version' | 'options' | 'now' | 'send'>) {}

  get enabled(): boolean {
    return this.ctx.version === '2.0.1' && this.ctx.options.behaviour.notifyEventWithStatus;
  }

  /** Sends the NotifyEvent for one connector (evseId 0 has no connector component: ignored). */
  report(evseId: number, connectorId: number, status: string, options: { force: boolean; ignoreInFlight: boolean }): void {
    if (!this.enabled || evseId === 0) return;
    const now = this.ctx.now();
    const payload: Payload = {
      generatedAt: now,
      seqNo: 0,
      eventData: [{
        eventId: this.nextEventId++,
        timestamp: now,
        trigger: 'Delta',
        actualValue: status,
        eventNotificationType: 'HardWiredNotification',
        component: { name: 'Connector', evse: { id: evseId, connectorId } },
        variable: { name: 'AvailabilityState' },
      }],
    };
    void this.ctx.send('NotifyEvent', payload, options);
  }
}
