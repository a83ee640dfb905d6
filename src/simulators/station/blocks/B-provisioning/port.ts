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
}

/** Network connection profiles (network-profiles.ts). */
export interface NetworkPort {
  readonly active: number;
  reboot(): void;
  invalidPriority(value: string): string | undefined;
}
