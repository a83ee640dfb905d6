/**
 * What the other blocks may use of B Provisioning: the registration state and the network profiles.
 */
import type { RegistrationStatus } from '../../types.js';

/** Registration with the CSMS (provisioning.ts). */
export interface RegistrationPort {
  registration: RegistrationStatus;
  /** A transaction ended: a reset waiting for it may go ahead. */
  transactionEnded(): void;
  /** Goes down and boots again with this reason (L01: InstallRebooting, BootNotification reason FirmwareUpdate). */
  reboot(reason: 'FirmwareUpdate', how: 'close' | 'terminate'): Promise<void>;
  /** Closes the connection and connects again without rebooting (L01, C-43: firmware activated with transactions ongoing). */
  reconnect(): Promise<void>;
}

/** Network connection profiles (network-profiles.ts). */
export interface NetworkPort {
  readonly active: number;
  reboot(): void;
  invalidPriority(value: string): string | undefined;
}

export interface ModelComponent { name: string; instance?: string; evse?: { id: number; connectorId?: number } }
export interface ModelVariable { name: string; instance?: string }
/** What a watcher needs of a variable's characteristics. */
export interface ModelVariableFacts { dataType: string; minLimit?: number; maxLimit?: number; mutability?: 'ReadOnly' | 'ReadWrite' | 'WriteOnly' }

/** The 2.0.1 device model (device-model.ts), for the blocks that watch its variables (N monitoring). */
export interface DeviceModelPort {
  /** The variable's characteristics, or why there is none (as B06 would answer). */
  lookupVariable(component: ModelComponent, variable: ModelVariable): ModelVariableFacts | 'UnknownComponent' | 'UnknownVariable';
  /** Its Actual value now (undefined for an unknown variable). */
  currentValue(component: ModelComponent, variable: ModelVariable): string | undefined;
}
