/**
 * What the other blocks may use of B Provisioning: the registration state and the network profiles.
 */
import type { RegistrationStatus } from '../../types.js';

/** Registration with the CSMS (provisioning.ts). */
export interface RegistrationPort {
  registration: RegistrationStatus;
  /** A transaction ended: a reset waiting for it may go ahead. */
  transactionEnded(): void;
}

/** Network connection profiles (network-profiles.ts). */
export interface NetworkPort {
  readonly active: number;
  reboot(): void;
  invalidPriority(value: string): string | undefined;
}
