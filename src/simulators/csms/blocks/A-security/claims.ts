/** A Security: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    '1.6': { profiles: ['Security (1.6 security whitepaper)'] },
    // The CSMS signs V2G certificates (A02), hence ISO 15118 Support.
    '2.x': { profiles: ['Advanced Security', 'ISO 15118 Support'] },
  },
};
