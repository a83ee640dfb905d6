/** F Remote control: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // UnlockConnector for a station with a detachable cable (C-11); TriggerMessage for MeterValues, TransactionEvent,
  // LogStatusNotification, FirmwareStatusNotification and StatusNotification (C-29.1 - C-29.5), each as the operator asks.
  claims: { '2.x': { features: ['C-11', 'C-29.1', 'C-29.2', 'C-29.3', 'C-29.4', 'C-29.5'] }, '1.6': { profiles: ['Remote Trigger'] } },
};
