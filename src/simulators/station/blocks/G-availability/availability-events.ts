/**
 * Personality status-and-event (2.0.1): a connector status change is also reported as a NotifyEvent
 * for Connector.AvailabilityState with trigger Delta. G01.FR.03-05 and E02.FR.05 ask for a
 * StatusNotification *or* this NotifyEvent; a station may send both.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { PayloadSource, ResolvedStationOptions, SendOptions, StationOutcome, StationVersion } from '../../types.js';

/** What it needs of the station: not the whole context, so it stays out of the context's import cycle. */
interface EventSink {
  readonly version: StationVersion;
  readonly options: ResolvedStationOptions;
  now(): string;
  send(action: string, payload: PayloadSource, options?: SendOptions): Promise<StationOutcome>;
}

export class AvailabilityEvents {
  private nextEventId = 1;

  constructor(private readonly ctx: EventSink) {}

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
