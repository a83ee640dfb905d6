/**
 * What the other blocks may use of D Local Authorization List: look a token up in the list
 * (C Authorization consults it before the cache and the CSMS, C13/C14), and its size (LocalAuthListCtrlr.Entries).
 */
import type { Payload } from '../../../../rpc/codec.js';

export interface LocalListPort {
  /** The idTokenInfo (2.0.1) / idTagInfo (1.6) the list holds for a token value; undefined when the list is disabled or lacks it. */
  lookup(idToken: string): Payload | undefined;
  /** Whether the list holds the token (whatever LocalAuthListCtrlr.Enabled says): the cache does not store it then (C14). */
  has(idToken: string): boolean;
  readonly entries: number;
  /** The station reboots (B Provisioning): what D01.FR.10 says of the list is D's to apply. */
  onReboot(): void;
  /** C14.FR.02: with LocalPreAuthorize, an Accepted entry starts without waiting for the CSMS (false only under a fault). */
  readonly preAuthorizes: boolean;
  /** C14.FR.03 / LocalAuthListCtrlr.DisablePostAuthorize (LA-3): a non-Accepted entry is refused without asking the CSMS. */
  readonly disablePostAuthorize: boolean;
}
