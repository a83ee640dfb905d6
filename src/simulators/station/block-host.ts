/**
 * The contract between the reference station's host and a block with code of its own (REDESIGN 4.2):
 * the block's entry in blocks/index.ts has a `create(host)`, and the host composes what it returns
 * (CSMS CALL handlers, operator actions, reactions to setting changes). So a new block is one folder
 * and one line in the list. A block sees the host only through the ports below, never another
 * block's module. Faults are typed per block: `create` names the fault names the block asks about
 * (`BlockFactory<(typeof FAULTS)[number]['name']>`), so a misspelt or another block's name does not compile.
 */
import type { Timers } from '../common/timers.js';
import type { StationBehaviour } from '../personalities.js';
import type { EvsePort } from './blocks/G-availability/port.js';
import type { TransactionsPort } from './blocks/E-transactions/port.js';
import type { SecurityPort } from './blocks/A-security/port.js';
import type { DeviceModelPort, RegistrationPort } from './blocks/B-provisioning/port.js';
import type { AuthorizationPort } from './blocks/C-authorization/port.js';
import type { ActionTable } from './actions.js';
import type { SettingName, Settings } from './settings.js';
import type { HandlerTable, PayloadSource, SendOptions, StationOutcome, StationVersion } from './types.js';

export interface BlockHost<F extends string = string> {
  readonly version: StationVersion;
  /** The personality's choices (personalities.ts); the Part 5 features its ICS claims (undefined: no claim list). */
  readonly options: { readonly behaviour: Readonly<StationBehaviour>; readonly features?: readonly string[] | undefined };
  /** The faults switched on; `has` takes only the names the block declares it uses. */
  readonly faults: { has(name: F): boolean };
  readonly evses: EvsePort;
  readonly tx: TransactionsPort;
  /** A's certificate store and security events (L: the firmware signing check and its events). */
  readonly security: SecurityPort;
  /** B's registration and reboot (L: InstallRebooting). */
  readonly provisioning: RegistrationPort;
  readonly auth: AuthorizationPort;
  /** The 2.0.1 device model, or the 1.6 configuration keys (not a DeviceModelPort). */
  readonly store: DeviceModelPort | object;
  readonly timers: Timers;
  /** The station's settings (device model / 1.6 configuration keys), read by their common names. */
  readonly settings: Pick<Settings, 'bool' | 'int' | 'str'>;
  /** The host's own CSMS CALL handlers (composed before the blocks'), for a block that refines an answer given there. */
  readonly handlers: Readonly<HandlerTable>;
  send(action: string, payload: PayloadSource, options?: SendOptions): Promise<StationOutcome>;
}

export interface BlockInstance {
  /**
   * Handlers for CSMS CALLs, keyed by action. `composed`: the handlers so far, so a block may extend
   * another's action (K: a RemoteStartTransaction that carries a chargingProfile).
   */
  handlers?(composed: Readonly<HandlerTable>): HandlerTable;
  /** Operator actions, keyed by name. */
  actions?(): ActionTable;
  onSettingChanged?(name: SettingName): void;
  /** The station reboots (B Provisioning): what survives is the block's to decide (D01.FR.10, O01.FR.10). */
  onReboot?(): void;
  /** The charging profiles the block holds (K: the device model reports them as SmartChargingCtrlr.Entries). */
  chargingProfileEntries?(): number;
}

/** Builds the block for this station; undefined when the block does nothing for its version. */
export type BlockFactory<F extends string = string> = (host: BlockHost<F>) => BlockInstance | undefined;
