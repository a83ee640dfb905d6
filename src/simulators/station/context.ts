/**
 * What the station's behaviour modules see of the station: its options, faults, timers, log,
 * settings, the other modules, and one way to send a CALL. Modules hold the context, never the
 * socket, so a module can be read (and extended) without knowing about connections.
 */
import type { Logger } from '../common/logger.js';
import type { FaultSet } from '../fault-spec.js';
import type { StationFaultName } from './blocks/index.js';
import type { Timers } from '../common/timers.js';
import type { Settings } from './settings.js';
import type { EvseModel } from './evse.js';
import type { Authorization } from './authorization.js';
import type { TransactionEngine } from './transactions.js';
import type { Security } from './security.js';
import type { Provisioning } from './provisioning.js';
import type { NetworkProfiles } from './network-profiles.js';
import type { StationLink } from './connection.js';
import type { Outbox } from './outbox.js';
import type { PayloadSource, ResolvedStationOptions, SendOptions, StationOutcome, StationVersion } from './types.js';

export interface StationContext {
  readonly version: StationVersion;
  readonly options: ResolvedStationOptions;
  readonly faults: FaultSet<StationFaultName>;
  readonly timers: Timers;
  readonly log: Logger;
  readonly settings: Settings;
  readonly evses: EvseModel;
  readonly auth: Authorization;
  readonly tx: TransactionEngine;
  readonly security: Security;
  readonly provisioning: Provisioning;
  readonly network: NetworkProfiles;
  readonly link: StationLink;
  readonly outbox: Outbox;
  /** ISO 8601 timestamp for payloads. */
  now(): string;
  /** Sends a CALL through the registration gate and the offline queue. */
  send(action: string, payload: PayloadSource, options?: SendOptions): Promise<StationOutcome>;
  /** Station events (see ReferenceStation). */
  emit(event: string, ...args: unknown[]): boolean;
}
