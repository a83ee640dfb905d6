/**
 * EVSEs and connectors: the physical state (EV plugged, suspended), availability (persistent
 * across reboots, B01.FR.07), and the connector status the station reports. A status is sent
 * when it changes; while offline or not yet accepted the change waits for `reportChanged()`.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import { EnergyMeter } from '../../meter.js';
import type { EvseConfig } from '../../types.js';
import { AvailabilityEvents } from './availability-events.js';
import type { ConnectorState, EvseState, OperationalStatus, Reservation, ScheduledAvailability } from '../../ports.js';
import type { AvailabilityPlan } from './port.js';

/** 1.6 has no EVSEs: each connector becomes an EVSE with one connector, numbered 1..n. */
export function normalizeEvses(configs: readonly EvseConfig[], version: '1.6' | '2.0.1'): EvseConfig[] {
  if (version === '2.0.1') return configs.map((c) => ({ id: c.id, connectors: Math.max(1, c.connectors) }));
  const out: EvseConfig[] = [];
  for (const c of configs) for (let i = 0; i < Math.max(1, c.connectors); i++) out.push({ id: out.length + 1, connectors: 1 });
  return out;
}

export class EvseModel {
  readonly list: EvseState[];
  stationAvailability: OperationalStatus = 'Operative';
  /** 1.6 connector 0 (the charge point as a whole): last status sent. */
  private stationReported: string | undefined;
  private scheduled: ScheduledAvailability[] = [];
  /** Reset OnIdle answered Scheduled: idle EVSEs show Unavailable meanwhile (B12 3a). */
  resetPending = false;
  private readonly ctx: StationContext;
  private readonly events: AvailabilityEvents;
  private readonly reservedUnusable: Array<(evse: EvseState) => void> = [];

  constructor(ctx: StationContext, configs: readonly EvseConfig[]) {
    this.ctx = ctx;
    this.events = new AvailabilityEvents(ctx);
    this.list = normalizeEvses(configs, ctx.version).map((c) => ({
      id: c.id,
      availability: 'Operative',
      connectors: Array.from({ length: c.connectors }, (_v, i) => ({ id: i + 1, availability: 'Operative' as OperationalStatus })),
      ev: { plugged: false, connectorId: 1, suspended: false },
      meter: new EnergyMeter(),
      faulted: false,
    }));
  }

  get(id: number): EvseState | undefined {
    return this.list.find((e) => e.id === id);
  }

  connector(evseId: number, connectorId: number): ConnectorState | undefined {
    return this.get(evseId)?.connectors.find((c) => c.id === connectorId);
  }

  /** Inoperative through the station, the EVSE or the connector. */
  isInoperative(evse: EvseState, connectorId?: number): boolean {
    if (this.stationAvailability === 'Inoperative' || evse.availability === 'Inoperative') return true;
    if (connectorId === undefined) return evse.connectors.every((c) => c.availability === 'Inoperative');
    return this.connector(evse.id, connectorId)?.availability === 'Inoperative';
  }

  /** Can a new session start on this EVSE (operative, not faulted, no reset waiting)? */
  isUsable(evse: EvseState): boolean {
    const faulted = evse.faulted && !this.ctx.faults.has('faulted-allows-charging');
    return !faulted && !this.isInoperative(evse) && !this.resetPending && !evse.resetting;
  }

  /** The connector status as reported now. */
  statusOf(evse: EvseState, connector: ConnectorState): string {
    if (evse.faulted) return 'Faulted';
    const session = this.ctx.tx.sessionStatus(evse, connector.id);
    // Without a transaction, availability wins; with one, a change to Inoperative waits (G03.FR.05, B12 3a).
    if (!this.ctx.tx.hasTransaction(evse.id) && (this.isInoperative(evse, connector.id) || this.resetPending || evse.resetting)) return 'Unavailable';
    if (session === 'Available' && evse.reservation && this.shows(evse.reservation)) return 'Reserved';
    if (session === 'Available' && this.ctx.faults.has('status-wrong-connector-status')) return this.ctx.version === '1.6' ? 'Preparing' : 'Occupied';
    return session;
  }

  /** Whether a reservation's connectors report Reserved now (ports.ts Reservation.display). */
  private shows(r: Reservation): boolean {
    return r.display === undefined || (r.display === 'when-all-reserved' && this.allAvailableReserved());
  }

  /** H01.FR.20 / FR.24: every EVSE a driver could use now carries a reservation (held reservations then show Reserved). */
  private allAvailableReserved(): boolean {
    return this.list.every((e) => !this.isUsable(e) || e.ev.plugged || this.ctx.tx.hasTransaction(e.id) || e.reservation !== undefined);
  }

  /** 1.6 connector 0. */
  stationStatus(): string {
    return this.stationAvailability === 'Inoperative' ? 'Unavailable' : 'Available';
  }

  private get canReport(): boolean {
    return this.ctx.link.isOnline && this.ctx.provisioning.registration === 'Accepted';
  }

  statusPayload(evseId: number, connectorId: number, status: string): Payload {
    const wire = this.ctx.faults.has('schema-invalid-payload') ? 'Ready' : status;
    if (this.ctx.version === '2.0.1') return { timestamp: this.ctx.now(), connectorStatus: wire, evseId, connectorId };
    const hostile = this.ctx.faults.has('hostile-strings') ? { info: '<script>alert(1)</script>', vendorErrorCode: '"><img src=x onerror=alert(1)>' } : {};
    const errorCode = (connectorId > 0 ? this.get(evseId)?.errorCode : undefined) ?? 'NoError';
    return { connectorId, errorCode, status: wire, timestamp: this.ctx.now(), ...hostile };
  }

  private sendStatus(evseId: number, connectorId: number, status: string, force: boolean, ignoreInFlight: boolean): void {
    void this.ctx.send('StatusNotification', this.statusPayload(evseId, connectorId, status), { force, ignoreInFlight });
    this.events.report(evseId, connectorId, status, { force, ignoreInFlight });
  }

  /**
   * Faults occupied-not-reported (G01.FR.03), available-not-reported (G01.FR.04), availability-operative-not-reported
   * (G01.FR.07): a plug-in / unplug / change back to Operative goes unreported (the station's state changes all the same).
   */
  private silenced(was: string | undefined, status: string): boolean {
    if (status === 'Occupied' && was === 'Available') return this.ctx.faults.has('occupied-not-reported');
    if (status === 'Available' && was === 'Occupied') return this.ctx.faults.has('available-not-reported');
    if (status === 'Available' && was === 'Unavailable') return this.ctx.faults.has('availability-operative-not-reported');
    return false;
  }

  /** Sends the status of the EVSE's connectors that changed since last reported (when online and accepted). */
  report(evse: EvseState): void {
    if (!this.canReport) return;
    this.reportConnectors(evse);
    // A quiet reservation elsewhere shows once this EVSE's change leaves no other EVSE available (H01.FR.20).
    if (this.list.some((e) => e.reservation?.display)) for (const other of this.list) if (other !== evse) this.reportConnectors(other);
  }

  private reportConnectors(evse: EvseState): void {
    for (const c of evse.connectors) {
      const status = this.statusOf(evse, c);
      if (status === c.reported) continue;
      const was = c.reported;
      c.reported = status;
      if (this.silenced(was, status)) continue;
      this.sendStatus(evse.id, this.ctx.version === '1.6' ? evse.id : c.id, status, false, false);
      this.ctx.emit('status', { evseId: evse.id, connectorId: c.id, status });
    }
    if (evse.reservation && (evse.faulted || this.isInoperative(evse))) for (const l of this.reservedUnusable) l(evse);
  }

  onReservedUnusable(listener: (evse: EvseState) => void): void {
    this.reservedUnusable.push(listener);
  }

  /** The status of every connector (after boot, B01.FR.05; after a long outage, B04.FR.01). 1.6 adds connector 0. */
  reportAll(options: { force?: boolean; ignoreInFlight?: boolean } = {}): void {
    if (!this.canReport && !options.force) return;
    // Fault no-connector-zero-status: the 1.6 boot reports the connectors only, not connectorId 0.
    if (this.ctx.version === '1.6' && !this.ctx.faults.has('no-connector-zero-status')) {
      this.stationReported = this.stationStatus();
      void this.ctx.send('StatusNotification', this.statusPayload(0, 0, this.stationReported),
        { force: options.force ?? false, ignoreInFlight: options.ignoreInFlight ?? false });
    }
    for (const evse of this.list) {
      for (const c of evse.connectors) {
        const status = this.statusOf(evse, c);
        c.reported = status;
        this.sendStatus(evse.id, this.ctx.version === '1.6' ? evse.id : c.id, status, options.force ?? false, options.ignoreInFlight ?? false);
        this.ctx.emit('status', { evseId: evse.id, connectorId: c.id, status });
      }
    }
  }

  /** Only what changed while offline (B04.FR.02). */
  reportChanged(): void {
    if (this.ctx.version === '1.6' && this.stationStatus() !== this.stationReported && this.canReport) {
      this.stationReported = this.stationStatus();
      void this.ctx.send('StatusNotification', this.statusPayload(0, 0, this.stationReported));
    }
    for (const evse of this.list) this.report(evse);
  }

  /** Forget what was reported (a reboot reports everything again). */
  forgetReported(): void {
    this.stationReported = undefined;
    for (const evse of this.list) for (const c of evse.connectors) delete c.reported;
  }

  // --- availability (G03, G04; 1.6 ChangeAvailability) ------------------------------------------

  /**
   * Decides a ChangeAvailability (G03, G04): Accepted (apply now), Scheduled (a transaction runs on an
   * affected EVSE: applied when it ends, G03.FR.05) or Rejected (unknown EVSE/connector). `apply` carries
   * it out; call it after the answer went out, so the StatusNotifications follow the response.
   */
  planAvailability(target: { evseId?: number; connectorId?: number }, status: OperationalStatus): AvailabilityPlan {
    const affected = target.evseId === undefined ? this.list : [this.get(target.evseId)].filter((e): e is EvseState => e !== undefined);
    const none = () => undefined;
    if (target.evseId !== undefined && !affected.length) return { status: 'Rejected', apply: none };
    if (target.connectorId !== undefined && !affected[0]?.connectors.some((c) => c.id === target.connectorId)) return { status: 'Rejected', apply: none };
    const unchanged = this.availabilityOf(target) === status;
    const has = (name: Parameters<StationContext['faults']['has']>[0]) => this.ctx.faults.has(name);
    // Fault availability-same-state-rejected: G03.FR.03 / G04.FR.04 ask Accepted for the state it is already in.
    if (unchanged && has('availability-same-state-rejected')) return { status: 'Rejected', apply: none };
    // Fault availability-inoperative-ignored: Accepted, and nothing changes (G03.FR.06, G04.FR.07).
    if (status === 'Inoperative' && has('availability-inoperative-ignored')) return { status: 'Accepted', apply: none };
    // G03.FR.03 / G04.FR.04: the state it is already in is Accepted, even during a transaction (G03.FR.05 "AND NOT G03.FR.03").
    const busy = status === 'Inoperative' && !unchanged && affected.some((e) => this.ctx.tx.hasTransaction(e.id));
    if (!busy) return { status: 'Accepted', apply: () => this.apply({ ...target, status }) };
    return {
      // Fault availability-not-scheduled: G03.FR.05 / G04.FR.06 ask Scheduled while a transaction runs.
      status: has('availability-not-scheduled') ? 'Accepted' : 'Scheduled',
      apply: () => {
        this.scheduled = this.scheduled.filter((s) => !(s.evseId === target.evseId && s.connectorId === target.connectorId));
        this.scheduled.push({ ...target, status });
        // A station-wide change: EVSEs without a transaction go Inoperative now.
        if (target.evseId === undefined) for (const e of affected) if (!this.ctx.tx.hasTransaction(e.id)) this.apply({ evseId: e.id, status });
      },
    };
  }

  /** The availability set explicitly on the station, the EVSE or the connector (what ChangeAvailability compares with). */
  private availabilityOf(target: { evseId?: number; connectorId?: number }): OperationalStatus | undefined {
    if (target.evseId === undefined) return this.stationAvailability;
    const evse = this.get(target.evseId);
    if (target.connectorId === undefined) return evse?.availability;
    return evse?.connectors.find((c) => c.id === target.connectorId)?.availability;
  }

  private apply(change: ScheduledAvailability): void {
    if (change.evseId === undefined) {
      this.stationAvailability = change.status;
      if (change.status === 'Operative') for (const e of this.list) e.availability = 'Operative';
    } else {
      const evse = this.get(change.evseId);
      if (!evse) return;
      if (change.connectorId === undefined) evse.availability = change.status;
      else {
        const c = evse.connectors.find((x) => x.id === change.connectorId);
        if (c) c.availability = change.status;
      }
    }
    this.reportChanged();
  }

  /** Called when a transaction on `evseId` ended: applies availability changes that waited for it. */
  transactionEnded(evseId: number): void {
    const due = this.scheduled.filter((s) => s.evseId === undefined ? !this.list.some((e) => this.ctx.tx.hasTransaction(e.id)) : s.evseId === evseId);
    this.scheduled = this.scheduled.filter((s) => !due.includes(s));
    for (const s of due) this.apply(s);
    if (!due.length) {
      const evse = this.get(evseId);
      if (evse) this.report(evse);
    }
  }

  /** A snapshot for `status()` and the control endpoint. */
  snapshot(): Array<{ id: number; availability: string; plugged: boolean; connectors: Array<{ id: number; status: string }> }> {
    return this.list.map((e) => ({
      id: e.id,
      availability: this.isInoperative(e) ? 'Inoperative' : 'Operative',
      plugged: e.ev.plugged,
      connectors: e.connectors.map((c) => ({ id: c.id, status: this.statusOf(e, c) })),
    }));
  }
}
