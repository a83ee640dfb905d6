/**
 * The reference charging station (OCPP 1.6 and 2.0.1), written from the specification: the
 * embedded SUT of the demo and of the project's tests, and a virtual charger to point at a CSMS.
 * Behaviour lives in per-area modules (provisioning, authorization, transactions, security); this
 * class wires them, dispatches CSMS CALLs through one handler table keyed by action, and turns
 * physical events (plug in, present a card, power cycle...) into method calls and operator actions.
 *
 * Events: 'connected' (ClientConnectionInfo), 'disconnected' ({code, reason}), 'connectFailed'
 * (HarnessError), 'registration' (RegistrationStatus), 'frame' (FrameEvent), 'request' ({action,
 * payload, response}), 'status' ({evseId, connectorId, status}), 'transaction' ({evseId, event, ...}),
 * 'securityEvent' (SecurityLogEntry), 'stopped'.
 */
import { EventEmitter } from 'node:events';
import type { IncomingCall, RpcConnection, FrameEvent } from '../../rpc/connection.js';
import type { Payload } from '../../rpc/codec.js';
import type { OperatorResult } from '../../domain/operator-actions.js';
import type { ClientConnectionInfo, OcppClientOptions } from '../../transport/client.js';
import { isSecurityProfile, usesBasicAuth, usesTls } from '../../transport/security.js';
import type { HarnessError } from '../../errors.js';
import { createLogger, formatFrame, type Logger } from '../common/logger.js';
import { Timers } from '../common/timers.js';
import type { StationContext } from './context.js';
import { faultSet, type FaultSet } from '../fault-spec.js';
import { STATION_BLOCKS, type StationFaultName } from './blocks/index.js';
import { stationFaultNames } from '../faults.js';
import type { BlockInstance } from './block-host.js';
import { resolveOptions } from './options.js';
import { Settings } from './settings.js';
import { EvseModel } from './blocks/G-availability/evse.js';
import { Authorization } from './blocks/C-authorization/authorization.js';
import { LocalAuthList } from './blocks/D-local-authorization-list/local-list.js';
import type { TransactionEngine } from './blocks/E-transactions/transactions.js';
import { Transactions201 } from './blocks/E-transactions/transactions-201.js';
import { Transactions16 } from './blocks/E-transactions/transactions-16.js';
import { Security } from './blocks/A-security/security.js';
import { basicAuthPassword, basicAuthUsername, clientTls } from './blocks/A-security/tls.js';
import { Provisioning } from './blocks/B-provisioning/provisioning.js';
import { NetworkProfiles } from './blocks/B-provisioning/network-profiles.js';
import { StationLink } from './connection.js';
import { Outbox } from './outbox.js';
import { DeviceModel } from './blocks/B-provisioning/device-model.js';
import { ConfigKeys } from './blocks/B-provisioning/config-keys.js';
import { transactionActions } from './blocks/E-transactions/actions.js';
import { unavailable, type ActionTable } from './actions.js';
import type { HandlerResult, HandlerTable, PayloadSource, RegistrationStatus, ResolvedStationOptions, SendOptions, StationOptions, StationOutcome, StationVersion } from './types.js';

export interface StationStatus {
  stationId: string;
  version: StationVersion;
  url: string;
  securityProfile: number;
  online: boolean;
  registration: RegistrationStatus;
  evses: ReturnType<EvseModel['snapshot']>;
  transactions: unknown[];
  queuedMessages: number;
  faults: readonly string[];
}

export class ReferenceStation extends EventEmitter implements StationContext {
  readonly version: StationVersion;
  readonly options: ResolvedStationOptions;
  readonly faults: FaultSet<StationFaultName>;
  readonly timers = new Timers();
  readonly log: Logger;
  readonly evses: EvseModel;
  readonly localList: LocalAuthList = new LocalAuthList(this); // D, consulted by C: its constructor only keeps the context.
  readonly auth: Authorization;
  readonly tx: TransactionEngine;
  readonly security: Security;
  readonly provisioning: Provisioning;
  readonly network: NetworkProfiles;
  readonly outbox: Outbox;
  readonly link: StationLink;
  /** The 2.0.1 device model or the 1.6 configuration keys. */
  readonly store: DeviceModel | ConfigKeys;
  readonly settings: Settings;
  /** Handlers for CSMS CALLs, keyed by action. Add an entry to support another message. */
  readonly handlers: HandlerTable;
  private blocks: BlockInstance[] = []; // the blocks with code of their own, as composed below
  /** Operator actions, keyed by name: the host's and the blocks'. */
  private readonly actions: ActionTable;
  private running = false;

  constructor(options: StationOptions) {
    super();
    this.options = resolveOptions(options);
    this.version = this.options.version;
    this.faults = faultSet(stationFaultNames(this.options.faults, this.version));
    this.log = createLogger(this.options.log);
    this.evses = new EvseModel(this, this.options.evses);
    this.auth = new Authorization(this);
    this.tx = this.version === '1.6' ? new Transactions16(this) : new Transactions201(this);
    this.security = new Security(this);
    this.provisioning = new Provisioning(this);
    this.network = new NetworkProfiles(this);
    this.outbox = new Outbox(this);
    this.link = new StationLink(this, () => this.clientOptions());
    this.store = this.version === '1.6' ? new ConfigKeys(this) : new DeviceModel(this);
    this.settings = new Settings(this.version, this.store);
    this.handlers = {
      ...this.provisioning.handlers(),
      ...this.network.handlers(),
      ...this.store.handlers(),
      ...this.auth.handlers(),
      ...this.tx.handlers(),
      ...this.security.handlers(),
    };
    // Blocks with code of their own (blocks/index.ts `create`): one line in the list, composed here.
    const blocks: BlockInstance[] = this.blocks = [this.localList, ...STATION_BLOCKS.flatMap((b): BlockInstance[] => ('create' in b ? [b.create(this)].filter((x) => x !== undefined) : []))];
    for (const b of blocks) Object.assign(this.handlers, b.handlers?.({ ...this.handlers }));
    this.settings.onChange((name) => {
      this.provisioning.onSettingChanged(name);
      this.tx.onSettingChanged(name);
      for (const b of blocks) b.onSettingChanged?.(name);
      if (name === 'basicAuthPassword') {
        // A01: keep the new password, drop the connection, connect again with it.
        this.security.event('ReconfigurationOfSecurityParameters', 'Basic-auth password changed');
        if (this.running && usesBasicAuth(this.options.securityProfile)) void this.link.restart('close', 'new password');
      }
    });
    this.actions = { ...this.hostActions(), ...transactionActions(this, this.tx), ...Object.assign({}, ...blocks.map((b) => b.actions?.() ?? {})) as ActionTable };
    this.wireLink();
    this.on('error', (err: Error) => this.log.error(`station error: ${err.message}`));
  }

  // --- StationContext -----------------------------------------------------------------------------
  chargingProfileEntries = (): number => this.blocks.reduce((n, b) => n + (b.chargingProfileEntries?.() ?? 0), 0);
  rebootBlocks = (): void => this.blocks.forEach((b) => b.onReboot?.());
  now = (): string => new Date().toISOString();

  send(action: string, payload: PayloadSource, options?: SendOptions): Promise<StationOutcome> {
    return this.outbox.send(action, payload, options);
  }

  // --- lifecycle ----------------------------------------------------------------------------------

  get isRunning(): boolean {
    return this.running;
  }

  get registration(): RegistrationStatus {
    return this.provisioning.registration;
  }

  /** Powers on: connects and boots. Resolves after the first connection attempt (retries go on in the background). */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.timers.reopen();
    this.outbox.reopen();
    this.provisioning.powerOn();
    try {
      if (this.options.certsDir) await this.loadCertsDir(this.options.certsDir);
    } catch (err) {
      this.running = false;
      throw err;
    }
    this.security.init();
    this.log.info(`station ${this.options.stationId} (OCPP ${this.version}, security profile ${this.options.securityProfile}) connecting to ${this.options.url}`
      + `${this.faults.names.length ? ` with faults ${this.faults.names.join(', ')}` : ''}`);
    await this.link.start();
  }

  /** Closes the connection and clears every timer; nothing keeps the process alive afterwards. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.timers.clearAll(true);
    this.outbox.stop();
    await this.link.stop();
    this.timers.clearAll(true);
    this.log.info('station stopped');
    this.emit('stopped');
  }

  status(): StationStatus {
    return {
      stationId: this.options.stationId,
      version: this.version,
      url: this.options.url,
      securityProfile: this.options.securityProfile,
      online: this.link.isOnline,
      registration: this.provisioning.registration,
      evses: this.evses.snapshot(),
      transactions: this.tx.snapshot(),
      queuedMessages: this.outbox.size,
      faults: this.faults.names,
    };
  }

  private async loadCertsDir(dir: string): Promise<void> {
    const { loadPki } = await import('../../pki/store.js');
    const pki = loadPki(dir);
    const tls = this.options.tls;
    tls.ca ??= pki.get('csms-root').certPem;
    if (this.options.securityProfile === 3) {
      tls.cert ??= pki.chainPem('station');
      tls.key ??= pki.get('station').keyPem;
    }
  }

  private clientOptions(): Promise<OcppClientOptions> {
    const o = this.options;
    // The network profile in use (B09/B10): slot 1 is the configured URL and security profile.
    const endpoint = this.network.current();
    const profile = endpoint.securityProfile;
    const tls = clientTls(profile, o.tls, this.security, this.faults, this.log);
    const password = basicAuthPassword(this.settings.str('basicAuthPassword'), o.password, this.faults);
    const username = basicAuthUsername(o.stationId, this.faults);
    return Promise.resolve({
      url: endpoint.url,
      stationId: o.stationId,
      versions: [this.version],
      securityProfile: profile,
      ...(usesBasicAuth(profile) && password ? { basicAuth: { password, ...(username ? { username } : {}) } } : {}),
      ...(tls ? { tls } : {}),
      callTimeoutMs: o.timings.callTimeoutMs,
      handshakeTimeoutMs: o.timings.handshakeTimeoutMs,
    });
  }

  private wireLink(): void {
    this.link.on('frame', (ev: FrameEvent) => {
      this.log.info(formatFrame(ev.dir, ev.raw, ev.action));
      for (const f of ev.findings ?? []) this.log.debug(`finding ${f.code}: ${f.message}`);
      this.emit('frame', ev);
    });
    this.link.on('connected', (info: ClientConnectionInfo) => {
      this.log.info(`connected to ${info.url} (${info.protocol}${info.tls ? `, ${info.tls.protocol ?? 'TLS'}` : ''})`);
      this.emit('connected', info);
      this.network.onConnected();
      this.provisioning.onConnected();
    });
    this.link.on('disconnected', (c: { code: number; reason: string }) => {
      this.log.info(`disconnected (${c.code}${c.reason ? ` ${c.reason}` : ''})`);
      this.provisioning.onDisconnected();
      this.emit('disconnected', c);
    });
    this.link.on('connectFailed', (err: HarnessError) => {
      this.log.warn(`connection failed: ${err.code}: ${err.message}`);
      this.security.onConnectFailed(err, this.network.migrating);
      this.network.onConnectFailed();
      this.emit('connectFailed', err);
    });
    this.link.on('call', (call: IncomingCall, rpc: RpcConnection) => void this.onCall(call, rpc));
  }

  /** Answers a CSMS CALL: the registration rules first (B03.FR.08; 1.6 4.2), then the handler for its action. */
  private async onCall(call: IncomingCall, rpc: RpcConnection): Promise<void> {
    if (call.kind !== 'call') return;
    if (call.suggestedError) {
      rpc.respondError(call.messageId, call.suggestedError.code, call.suggestedError.description.slice(0, 255));
      return;
    }
    // A CALL that came in the same chunk as the answer to our BootNotification waits until that answer took effect.
    await new Promise((resolve) => setImmediate(resolve));
    if (this.provisioning.registration === 'Rejected' && !this.faults.has('no-callerror-while-rejected')) {
      if (this.version === '1.6') {
        this.log.info(`${call.action} not answered: the boot was Rejected (1.6 4.2)`);
        rpc.forget(call.messageId);
      } else {
        rpc.respondError(call.messageId, 'SecurityError', 'BootNotification was Rejected (B03.FR.08)');
      }
      return;
    }
    if (this.options.behaviour.ownCallFirst) await this.ownCallFirst();
    const handler = this.handlers[call.action];
    if (!handler) {
      rpc.respondError(call.messageId, 'NotSupported', `${call.action} is not supported by this station`);
      return;
    }
    let result: HandlerResult;
    try {
      result = await handler(call.payload, call);
    } catch (err) {
      this.log.error(`handling ${call.action} failed: ${(err as Error).stack ?? String(err)}`);
      rpc.respondError(call.messageId, 'InternalError', (err as Error).message.slice(0, 255));
      return;
    }
    if ('error' in result) rpc.respondError(call.messageId, result.error.code, result.error.description.slice(0, 255));
    else rpc.respond(call.messageId, result.payload);
    this.emit('request', { action: call.action, payload: call.payload, response: 'error' in result ? result.error : result.payload });
    if ('payload' in result && result.after) {
      try {
        await result.after();
      } catch (err) {
        this.log.error(`after ${call.action}: ${(err as Error).stack ?? String(err)}`);
      }
    }
  }

  /**
   * Personality own-call-first: a Heartbeat of the station's own goes out before the answer, so both
   * sides have a CALL outstanding (OCPP-J 4.1.1 limits each side to one, not the connection). Only
   * when Accepted (B02.FR.02, B03.FR.02); when a CALL of ours is still in flight, the Heartbeat waits its turn.
   */
  private async ownCallFirst(): Promise<void> {
    if (this.provisioning.registration !== 'Accepted' || !this.link.isOnline) return;
    void this.send('Heartbeat', {});
    await new Promise((resolve) => setImmediate(resolve));
  }

  // --- operator actions ---------------------------------------------------------------------------

  /** Power cut and power back: running transactions end (PowerLoss), the station reconnects and boots with PowerUp. */
  async powerCycle(): Promise<OperatorResult> {
    if (!this.running) return unavailable('the station is not running');
    if (this.version === '1.6' && this.faults.has('power-loss-tx-lost')) this.tx.clear();
    // Backup power (1.6, TC_032_1): the StopTransactions leave before the station goes down. Without it
    // the connection dies first and they wait in the queue until the station is back (TC_032_2).
    const backup = this.version === '1.6' && this.options.stopTransactionsBeforePowerDown;
    if (this.version === '1.6' && !backup) await this.link.cut();
    this.tx.endAll('power-loss');
    if (backup) await this.outbox.whenIdle(this.options.timings.resetFlushMs);
    await this.provisioning.reboot('PowerUp', 'terminate');
    return { status: 'done' };
  }

  async goOffline(): Promise<OperatorResult> {
    if (this.link.isOfflineByOperator) return { status: 'skipped', reason: 'the station is already offline' };
    await this.link.goOffline();
    return { status: 'done' };
  }

  goOnline(): OperatorResult {
    if (!this.link.isOfflineByOperator) return { status: 'skipped', reason: 'the station is not offline' };
    this.link.goOnline();
    return { status: 'done' };
  }

  /** Settings OCPP cannot change (or should not): security profile, CSMS URL, password; or any device-model id / configuration key. */
  async configure(setting: string, value: unknown): Promise<OperatorResult> {
    const text = String(value);
    switch (setting) {
      case 'securityProfile': {
        const profile = Number(value);
        if (!isSecurityProfile(profile)) return unavailable(`security profile must be 0-3, got ${text}`);
        this.options.securityProfile = profile;
        // Same CSMS, the scheme of the new profile (ws for 0-1, wss for 2-3).
        this.options.url = usesTls(profile) ? this.options.url.replace(/^ws:/, 'wss:') : this.options.url.replace(/^wss:/, 'ws:');
        this.network.useOperatorProfile();
        if (this.running) await this.link.restart('close', 'security profile changed');
        return { status: 'done' };
      }
      case 'url':
      case 'csmsUrl':
        if (!/^wss?:\/\//.test(text)) return unavailable(`url must start with ws:// or wss://, got '${text}'`);
        this.options.url = text;
        this.network.useOperatorProfile();
        if (this.running) await this.link.restart('close', 'CSMS URL changed');
        return { status: 'done' };
      case 'password':
      case 'basicAuthPassword':
      case 'authorizationKey':
        this.options.password = text;
        this.settings.set('basicAuthPassword', text);
        return { status: 'done' };
      case 'chargingStationCertificate':
        // AQ-3 / TC_A_21: a technician removes the station certificate (value 'none'); OCPP cannot.
        if (text !== 'none') return unavailable(`chargingStationCertificate can only be set to 'none' (removed), got '${text}'`);
        this.security.removeStationCertificate();
        return { status: 'done' };
      default:
        if (this.store.read(setting) === undefined) return unavailable(`unknown station setting '${setting}'`);
        this.store.write(setting, text);
        this.settings.notify([setting]);
        return { status: 'done' };
    }
  }

  /** Performs an operator action by name (src/engine/operator-actions.ts), as a lab rig would: a lookup in the host's and the blocks' tables. */
  async perform(action: string, params: Record<string, unknown> = {}): Promise<OperatorResult> {
    const num = (v: unknown): number | undefined => (v === undefined || v === null || v === '' ? undefined : Number(v));
    const evseId = num(this.version === '1.6' ? (params.evseId ?? params.connectorId) : params.evseId);
    if (evseId !== undefined && !Number.isInteger(evseId)) return unavailable(`evseId must be an integer, got ${String(params.evseId)}`);
    const handler = Object.hasOwn(this.actions, action) ? this.actions[action] : undefined;
    if (!handler) return unavailable(`the reference station cannot perform '${action}'`);
    try {
      return await handler({ name: action, params, evseId });
    } catch (err) {
      return unavailable(`${action} failed: ${(err as Error).message}`);
    }
  }

  /** The operator actions of the host itself: power, the link, settings OCPP cannot change. */
  private hostActions(): ActionTable {
    return {
      powerCycle: () => this.powerCycle(),
      goOffline: () => this.goOffline(),
      goOnline: () => this.goOnline(),
      configureStation: ({ params }) => (typeof params.setting === 'string' ? this.configure(params.setting, params.value) : unavailable('configureStation needs params.setting')),
    };
  }

  /** Sends a CALL of the station's own (a later block's behaviour, a test): through the gate and queue like any other. */
  call(action: string, payload: Payload, options?: SendOptions): Promise<StationOutcome> {
    return this.send(action, payload, options);
  }
}
