/** B Provisioning: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    '1.6': { profiles: ['Core'] },
    // Base and custom reports (B07/B08): Advanced Device Management. Reset per EVSE (C-13), ConfigurationInventory (C-17),
    // Pending before Accepted (C-44), several elements per Get/SetVariables (C-45, C-46), FullInventory at onboarding and on demand (C-50).
    '2.x': { profiles: ['Core', 'Advanced Device Management'], features: ['C-13', 'C-17', 'C-44', 'C-45', 'C-46', 'C-50.1', 'C-50.2'] },
  },
};
