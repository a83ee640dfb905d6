/** B Provisioning: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    '1.6': { profiles: ['Core'] },
    // TriggerMessage for MeterValues, TransactionEvent, StatusNotification, BootNotification; reset per EVSE (C-13),
    // SummaryInventory (C-56), reconnecting after every network profile failed (C-47).
    '2.x': { profiles: ['Core'], features: ['C-29.1', 'C-29.2', 'C-29.5', 'C-29.6', 'C-13', 'C-56', 'C-47'] },
  },
  variants: [
    // Custom reports (B08) of Advanced Device Management; the station has no monitoring (N), so this is not its default claim.
    // Its GetReport does not support componentCriteria Active (TC_B_19_CS).
    { name: 'Advanced Device Management (device model reports)', versions: ['2.0.1'],
      addProfiles: ['Advanced Device Management'], addFeatures: ['Unsupported componentCriteria Active'] },
    { name: 'no reset per EVSE, no SummaryInventory', versions: ['2.0.1'], removeFeatures: ['C-13', 'C-56'] },
  ],
};
