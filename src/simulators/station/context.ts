/**
 * What the station's behaviour modules see of the station: its options, faults, timers, log,
 * settings, the other modules through their ports (ports.ts), and one way to send a CALL. Modules hold the context, never the
 * socket, so a module can be read (and extended) without knowing about connections.
 */
import type { Logger } from '../common/logger.js';
import type { FaultSet } from '../fault-spec.js';
import type { StationFaultName } from './blocks/index.js';
import type { Timers } from '../common/timers.js';
import type { Settings } from './settings.js';
import type { AuthorizationPort } from './blocks/C-authorization/port.js';
import type { LocalListPort } from './blocks/D-local-authorization-list/port.js';
import type { EvsePort } from './blocks/G-availability/port.js';
import type { LinkPort, OutboxPort } from './ports.js';
import type { NetworkPort, RegistrationPort } from './blocks/B-provisioning/port.js';
import type { SecurityPort } from './blocks/A-security/port.js';
import type { TransactionsPort } from './blocks/E-transactions/port.js';
import type { PayloadSource, ResolvedStationOptions, SendOptions, StationOutcome, StationVersion } from './types.js';

export interface StationContext {
  readonly version: StationVersion;
  readonly options: ResolvedStationOptions;
  readonly faults: FaultSet<StationFaultName>;
  readonly timers: Timers;
  readonly log: Logger;
  readonly settings: Settings;
  readonly evses: EvsePort;
  readonly localList: LocalListPort;
  readonly auth: AuthorizationPort;
  readonly tx: TransactionsPort;
  readonly security: SecurityPort;
  readonly provisioning: RegistrationPort;
  readonly network: NetworkPort;
  readonly link: LinkPort;
  readonly outbox: OutboxPort;
  /** ISO 8601 timestamp for payloads. */
  now(): string;
  /** How many charging profiles the blocks hold (SmartChargingCtrlr.Entries, instance ChargingProfiles). */
  chargingProfileEntries(): number;
  /** Tells every block the station reboots (BlockInstance.onReboot). */
  rebootBlocks(): void;
  /** Sends a CALL through the registration gate and the offline queue. */
  send(action: string, payload: PayloadSource, options?: SendOptions): Promise<StationOutcome>;
  /** Station events (see ReferenceStation). */
  emit(event: string, ...args: unknown[]): boolean;
}
