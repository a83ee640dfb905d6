/** N Diagnostics: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Monitoring (N02-N08) is Advanced Device Management, claimed by B already; customer information (N09, N10) is Core.
  // It also retrieves / deletes customer information by customerIdentifier (C-14) and by customerCertificate (ISO-4),
  // and updates a station's Local Authorization List holding a cleared customer (N10.FR.02).
  claims: { '2.x': { profiles: ['Core', 'Advanced Device Management'], features: ['C-14', 'ISO-4'] } },
};
