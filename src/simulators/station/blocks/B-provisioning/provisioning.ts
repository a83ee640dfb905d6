/**
 * Provisioning (B) and availability (G): BootNotification and its Accepted / Pending / Rejected
 * handling (B01-B03), heartbeats (G02), connector statuses after boot and after an outage (B01.FR.05,
 * B04), Reset (B11, B12; 1.6 Hard/Soft), ChangeAvailability (G03, G04), TriggerMessage (F06; 1.6
 * ExtendedTriggerMessage), DataTransfer.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { SettingName } from '../../settings.js';
import type { HandlerTable, RegistrationStatus } from '../../types.js';
import { EvseReset } from './evse-reset.js';

export type BootReason = 'PowerUp' | 'RemoteReset' | 'LocalReset' | 'Triggered' | 'ApplicationReset' | 'FirmwareUpdate' | 'ScheduledReset' | 'Watchdog' | 'Unknown';

const clip = (s: string | undefined, n: number) => (s === undefined ? undefined : s.slice(0, n));

export class Provisioning {
  private readonly ctx: StationContext;
  registration: RegistrationStatus = 'Unknown';
  bootReason: BootReason = 'PowerUp';
  /** The security event to report once the boot is accepted (StartupOfTheDevice / ResetOrReboot). */
  private bootEvent: string | undefined = 'StartupOfTheDevice';
  /** Reset OnIdle answered Scheduled: reboot once the last transaction ended (B12.FR.01). */
  private resetWhenIdle = false;
  /** Resets of a single EVSE (C-13). */
  private readonly evseReset: EvseReset;

  constructor(ctx: StationContext) {
    this.ctx = ctx;
    this.evseReset = new EvseReset(ctx);
  }

  private get v16(): boolean {
    return this.ctx.version === '1.6';
  }

  private setRegistration(status: RegistrationStatus): void {
    const changed = this.registration !== status;
    this.registration = status;
    if (changed) this.ctx.emit('registration', status);
  }

  // --- boot -------------------------------------------------------------------------------------

  bootPayload(): Payload {
    const id = this.ctx.options.identity;
    if (this.v16) {
      return {
        chargePointVendor: clip(id.vendor, 20), chargePointModel: clip(id.model, 20),
        ...(id.serialNumber ? { chargePointSerialNumber: clip(id.serialNumber, 25), chargeBoxSerialNumber: clip(id.serialNumber, 25) } : {}),
        ...(id.firmwareVersion ? { firmwareVersion: clip(id.firmwareVersion, 50) } : {}),
      };
    }
    const reason = this.bootReason === 'PowerUp' && this.ctx.faults.has('boot-wrong-reason') ? 'ApplicationReset' : this.bootReason;
    return {
      reason,
      chargingStation: {
        model: clip(id.model, 20), vendorName: clip(id.vendor, 50),
        ...(id.serialNumber ? { serialNumber: clip(id.serialNumber, 25) } : {}),
        ...(id.firmwareVersion ? { firmwareVersion: clip(id.firmwareVersion, 50) } : {}),
      },
    };
  }

  /** A connection came up: boot (first time, or not yet accepted) or resume after an outage (B04). */
  onConnected(): void {
    this.ctx.security.onConnected();
    if (this.registration === 'Accepted') this.resume();
    else void this.boot();
  }

  onDisconnected(): void {
    this.ctx.timers.clear('heartbeat');
    this.ctx.timers.clear('boot-retry');
  }

  async boot(): Promise<void> {
    this.ctx.timers.clear('boot-retry');
    if (!this.ctx.link.isOnline) return;
    const outcome = await this.ctx.send('BootNotification', this.bootPayload());
    if (outcome.kind === 'dropped' || outcome.kind === 'closed') return; // the next connection boots again
    if (outcome.kind !== 'result') {
      this.ctx.log.warn(`BootNotification ${outcome.kind === 'timeout' ? 'unanswered' : `answered with CALLERROR ${outcome.errorCode}`}; retrying`);
      this.scheduleBootRetry(0);
      return;
    }
    const status = String(outcome.payload.status) as RegistrationStatus;
    const interval = Number(outcome.payload.interval ?? 0);
    this.setRegistration(status);
    if (status === 'Accepted') this.accepted(interval);
    else this.notAccepted(status, interval);
  }

  /** B02.FR.08/B03.FR.06: the next BootNotification after `interval` s; the station's own pace when 0 (B02.FR.07). */
  private scheduleBootRetry(interval: number): void {
    const ms = this.ctx.faults.has('boot-retry-ignores-interval') ? 20 : interval > 0 ? interval * 1000 : this.ctx.options.timings.bootRetryMs;
    this.ctx.timers.timeout('boot-retry', ms, () => void this.boot());
  }

  private accepted(interval: number): void {
    if (interval > 0 && !this.ctx.faults.has('ignore-heartbeat-interval')) this.ctx.settings.set('heartbeatInterval', String(interval));
    this.restartHeartbeat();
    this.ctx.evses.forgetReported();
    if (!this.ctx.faults.has('no-status-after-boot')) this.ctx.evses.reportAll({ ignoreInFlight: this.ctx.faults.has('second-call-while-pending') });
    if (this.bootEvent) this.ctx.security.event(this.bootEvent);
    this.bootEvent = undefined;
    this.restartAligned();
    this.ctx.outbox.kick();
  }

  private notAccepted(status: RegistrationStatus, interval: number): void {
    this.ctx.timers.clear('heartbeat');
    this.scheduleBootRetry(interval);
    if (status === 'Pending' && this.ctx.faults.has('ignores-pending')) this.ctx.evses.reportAll({ force: true });
    if (status === 'Rejected' && this.ctx.faults.has('boot-while-rejected')) {
      void this.ctx.send('Heartbeat', {}, { force: true });
      this.ctx.evses.reportAll({ force: true });
    }
  }

  /** Back online after an outage (the boot was accepted before): statuses per B04, a heartbeat, the queue. */
  private resume(): void {
    const threshold = this.ctx.settings.int('offlineThreshold', 0) * 1000;
    if (this.ctx.faults.has('no-status-after-reconnect')) this.ctx.log.debug('fault no-status-after-reconnect: no StatusNotification after the outage');
    else if (this.ctx.link.lastOutageMs > threshold) this.ctx.evses.reportAll(); // B04.FR.01
    else this.ctx.evses.reportChanged(); // B04.FR.02
    if (!this.ctx.faults.has('no-heartbeat')) void this.ctx.send('Heartbeat', {});
    this.restartHeartbeat();
    this.ctx.outbox.kick();
  }

  restartHeartbeat(): void {
    this.ctx.timers.clear('heartbeat');
    if (this.registration !== 'Accepted' || this.ctx.faults.has('no-heartbeat')) return;
    const seconds = this.ctx.settings.int('heartbeatInterval', 0);
    if (seconds > 0) this.ctx.timers.interval('heartbeat', seconds * 1000, () => void this.ctx.send('Heartbeat', {}));
  }

  private restartAligned(): void {
    this.ctx.tx.onSettingChanged('alignedInterval');
  }

  onSettingChanged(name: SettingName): void {
    if (name === 'heartbeatInterval') this.restartHeartbeat();
  }

  // --- reboot -----------------------------------------------------------------------------------

  /** Power on (start): a cold boot, nothing carried over from a previous run but persistent settings. */
  powerOn(): void {
    this.ctx.network.reboot();
    this.resetWhenIdle = false;
    this.ctx.evses.resetPending = false;
    this.ctx.tx.clear();
    this.ctx.evses.forgetReported();
    this.setRegistration('Unknown');
    this.bootReason = 'PowerUp';
    this.bootEvent = 'StartupOfTheDevice';
  }

  /** The connection closed and opened again, nothing rebooted: registered still, the station resumes (no BootNotification). */
  reconnect = (): Promise<void> => this.ctx.link.restart('close', 'reconnect');

  /** Goes down and comes back (the caller has ended transactions): a new boot with `reason`. */
  async reboot(reason: BootReason, how: 'close' | 'terminate'): Promise<void> {
    this.ctx.timers.clear('heartbeat');
    this.ctx.timers.clear('boot-retry');
    this.ctx.timers.clear('aligned');
    this.resetWhenIdle = false;
    this.ctx.evses.resetPending = false;
    this.evseReset.clear();
    this.ctx.tx.clear();
    this.ctx.evses.forgetReported();
    for (const e of this.ctx.evses.list) e.meter.setPower(0);
    // B10.FR.04: a reboot connects with the first entry of NetworkConfigurationPriority.
    this.ctx.network.reboot();
    if (this.ctx.faults.has('availability-not-persistent')) {
      // Fault: Unavailable set by ChangeAvailability is forgotten over a reboot (1.6 4.9, 5.2, 5.14; 2.0.1 B01.FR.07, B11.FR.02: it must persist).
      this.ctx.evses.stationAvailability = 'Operative';
      for (const e of this.ctx.evses.list) {
        e.availability = 'Operative';
        for (const c of e.connectors) c.availability = 'Operative';
      }
    }
    // Fault: a reservation is forgotten over a reboot (B01.FR.13, B11.FR.05: the Reserved state persists).
    if (this.ctx.faults.has('reservation-not-persistent')) for (const e of this.ctx.evses.list) delete e.reservation;
    // D01.FR.10, O01.FR.10: the Local Authorization List and the display messages persist (each block decides, its fault forgets).
    this.ctx.rebootBlocks();
    this.ctx.auth.onReboot(); // C10.FR.02: so does the Authorization Cache (C decides).
    this.setRegistration('Unknown');
    this.bootReason = reason;
    this.bootEvent = reason === 'PowerUp' ? 'StartupOfTheDevice' : 'ResetOrReboot';
    // Personality slow-reboot: down for behaviour.rebootMs before connecting again (no bound in B11/B12, 1.6 5.14).
    const downMs = this.ctx.options.behaviour.rebootMs;
    this.ctx.log.info(`rebooting (${reason})${downMs ? `: back in ${downMs} ms` : ''}`);
    await this.ctx.link.restart(how, reason, downMs);
  }

  /** Ends transactions, lets their messages out (bounded), then reboots (B11.FR.03, B12.FR.04). */
  private async resetNow(cause: 'reset-immediate' | 'reset-hard' | 'reset-soft', reason: BootReason = 'RemoteReset'): Promise<void> {
    if (this.ctx.faults.has('reset-keeps-transaction') && !this.v16) this.ctx.log.debug('fault reset-keeps-transaction: no TransactionEvent Ended before the reboot');
    else this.ctx.tx.endAll(cause);
    await this.ctx.outbox.whenIdle(this.ctx.options.timings.resetFlushMs);
    await this.reboot(reason, 'close');
  }

  /** A transaction ended: a reset waiting for idle may go now (B12.FR.03: the boot reason is ScheduledReset). */
  transactionEnded(): void {
    this.evseReset.transactionEnded();
    if (!this.resetWhenIdle || this.ctx.tx.hasTransaction()) return;
    this.resetWhenIdle = false;
    const reason: BootReason = this.v16 || this.ctx.faults.has('scheduled-reset-wrong-reason') ? 'RemoteReset' : 'ScheduledReset';
    this.resetNow('reset-immediate', reason).catch((err: unknown) => this.ctx.log.error(`reset failed: ${(err as Error).message}`));
  }

  // --- CSMS requests ----------------------------------------------------------------------------

  handlers(): HandlerTable {
    return {
      Reset: (p) => {
        if (this.ctx.faults.has('reset-not-performed')) return { payload: { status: 'Accepted' } };
        if (this.v16) {
          const cause = p.type === 'Hard' ? 'reset-hard' : 'reset-soft';
          return { payload: { status: 'Accepted' }, after: () => this.resetNow(cause) };
        }
        if (p.evseId !== undefined) return this.evseReset.request(p); // B11.FR.08-10, B12.FR.07-09
        if (p.type === 'OnIdle' && this.ctx.tx.hasTransaction() && !this.ctx.faults.has('reset-onidle-interrupts-transaction')) {
          return {
            payload: { status: 'Scheduled' },
            after: () => {
              this.resetWhenIdle = true;
              this.ctx.evses.resetPending = true;
              this.ctx.evses.reportChanged();
            },
          };
        }
        return { payload: { status: 'Accepted' }, after: () => this.resetNow('reset-immediate') };
      },
      ChangeAvailability: (p) => {
        const status = (this.v16 ? p.type : p.operationalStatus) as 'Operative' | 'Inoperative';
        let target: { evseId?: number; connectorId?: number };
        if (this.v16) target = Number(p.connectorId) === 0 ? {} : { evseId: Number(p.connectorId) };
        else {
          const evse = p.evse as { id: number; connectorId?: number } | undefined;
          target = evse && evse.id !== 0 ? { evseId: evse.id, ...(evse.connectorId !== undefined ? { connectorId: evse.connectorId } : {}) } : {};
        }
        const plan = this.ctx.evses.planAvailability(target, status);
        return { payload: { status: plan.status }, after: plan.apply };
      },
      DataTransfer: () => ({ payload: { status: this.ctx.faults.has('datatransfer-accepted') ? 'Accepted' : 'UnknownVendorId' } }),
      TriggerMessage: (p) => this.trigger(p),
      ...(this.v16 ? { ExtendedTriggerMessage: (p: Payload) => this.trigger(p) } : {}),
    };
  }

  private trigger(p: Payload): ReturnType<HandlerTable[string]> {
    const requested = String(p.requestedMessage);
    const evse = p.evse as { id: number; connectorId?: number } | undefined;
    const evseId = this.v16 ? (p.connectorId as number | undefined) : evse?.id;
    const ok = (send: () => unknown) => ({
      payload: { status: 'Accepted' },
      after: () => {
        if (!this.ctx.faults.has('trigger-not-sent')) return send();
        this.ctx.log.debug(`fault trigger-not-sent: ${requested} not sent`);
        return undefined;
      },
    });
    const rejected = { payload: { status: 'Rejected' } };
    if (evseId !== undefined && evseId !== 0 && !this.ctx.evses.get(evseId)) return rejected;
    switch (requested) {
      case 'BootNotification':
        if (!this.v16 && this.registration === 'Accepted') return rejected; // F06.FR.17
        return ok(() => {
          if (!this.v16) this.bootReason = 'Triggered';
          return this.boot();
        });
      case 'Heartbeat':
        return ok(() => this.ctx.send('Heartbeat', {}, { triggered: true }));
      case 'StatusNotification':
        return this.triggerStatus(evseId, this.v16 ? undefined : evse?.connectorId, ok);
      case 'MeterValues':
        return ok(() => this.ctx.tx.trigger('MeterValues', evseId));
      case 'TransactionEvent':
        if (this.v16 || !this.ctx.tx.hasTransaction(evseId)) return rejected;
        return ok(() => this.ctx.tx.trigger('TransactionEvent', evseId));
      case 'FirmwareStatusNotification':
        return ok(() => this.ctx.send('FirmwareStatusNotification', { status: 'Idle' }, { triggered: true }));
      case 'DiagnosticsStatusNotification':
        return this.v16 ? ok(() => this.ctx.send('DiagnosticsStatusNotification', { status: 'Idle' }, { triggered: true })) : { payload: { status: 'NotImplemented' } };
      case 'LogStatusNotification':
        return ok(() => this.ctx.send('LogStatusNotification', { status: 'Idle' }, { triggered: true }));
      case 'SignChargingStationCertificate':
      case 'SignChargePointCertificate':
        return ok(() => this.ctx.security.requestCertificate('ChargingStationCertificate', true));
      case 'SignV2GCertificate':
        return ok(() => this.ctx.security.requestCertificate('V2GCertificate', true));
      default:
        return { payload: { status: 'NotImplemented' } };
    }
  }

  private triggerStatus(evseId: number | undefined, connectorId: number | undefined, ok: (send: () => unknown) => ReturnType<HandlerTable[string]>): ReturnType<HandlerTable[string]> {
    const { evses } = this.ctx;
    const send = (e: number, c: number, status: string) => this.ctx.send('StatusNotification', evses.statusPayload(e, c, status), { triggered: true });
    if (this.v16) {
      return ok(() => {
        if (evseId === undefined || evseId === 0) void send(0, 0, evses.stationStatus());
        for (const e of evses.list) {
          if (evseId !== undefined && evseId !== e.id) continue;
          const c = e.connectors[0];
          if (c) void send(e.id, e.id, evses.statusOf(e, c));
        }
      });
    }
    // F06.FR.12: StatusNotification is per connector; without one the request is rejected.
    const target = evseId === undefined ? undefined : evses.get(evseId);
    const connector = target && connectorId !== undefined ? target.connectors.find((c) => c.id === connectorId) : undefined;
    if (!target || !connector) return { payload: { status: 'Rejected' } };
    return ok(() => send(target.id, connector.id, evses.statusOf(target, connector)));
  }
}
