/** K Smart Charging: what the reference station claims of it (Part 5 / 1.6 feature profiles). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    // 1.6 feature profile Smart Charging (SupportedFeatureProfiles SmartCharging, its four keys 9.4).
    '1.6': { profiles: ['Smart Charging'] },
    // 2.0.1 Part 5 Smart Charging: K01, K08, K09, K10 (smart-charging-201.ts); both rate units (not SC-2.2).
    '2.x': { profiles: ['Smart Charging'] },
  },
  variants: [
    // TC_K_53/57/58_CS: the EV's charging needs and schedule over ISO 15118 (iso15118-201.ts); the station's ISO 15118
    // support stops short of the whole profile, so it is not the default claim.
    { name: 'ISO 15118 Support (load leveling)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] },
  ],
};
