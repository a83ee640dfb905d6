/** A Security: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    '1.6': { profiles: ['Security (1.6 security whitepaper)'] },
    // The last CSMS root (AQ-1) and station certificate (AQ-3) can be removed, security profile 1 (C-61), CSR resend back-off (AS-3).
    '2.x': { profiles: ['Advanced Security'], features: ['AQ-1', 'AQ-3', 'C-61', 'AS-3'] },
  },
  variants: [
    // TC_A_12: the station renews its V2G certificate; its ISO 15118 support stops there, so this is not its default claim.
    { name: 'ISO 15118 Support (V2G certificate)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] },
    // TC_B_47_CS: AdditionalRootCertificateCheck (AS-2) replaces the CSMS root on install (old one kept as fallback), so not the default claim.
    { name: 'AdditionalRootCertificateCheck', versions: ['2.0.1'], addFeatures: ['AS-2'] },
  ],
};
