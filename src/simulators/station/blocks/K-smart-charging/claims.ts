/** K Smart Charging: what the reference station claims of it (Part 5 / 1.6 feature profiles). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    // 1.6 feature profile Smart Charging (SupportedFeatureProfiles SmartCharging, its four keys 9.4).
    '1.6': { profiles: ['Smart Charging'] },
    // 2.0.1 Part 5 Smart Charging: K01, K08, K09, K10 (smart-charging-201.ts); both rate units (SC-2.1 A, SC-2.2 W).
    '2.x': { profiles: ['Smart Charging'], features: ['SC-2.1', 'SC-2.2'] },
  },
  variants: [
    // TC_K_12_CS, TC_K_42_CS (NOT (SC-2.1 and SC-2.2)): a station that takes only A (the station follows its claim).
    { name: 'charging rate unit A only', versions: ['2.0.1'], removeFeatures: ['SC-2.2'] },
    // TC_K_53/57/58_CS: the EV's charging needs and schedule over ISO 15118 (iso15118-201.ts); the station's ISO 15118
    // support stops short of the whole profile, so it is not the default claim.
    // TC_K_15_CS, TC_K_38_CS (prerequisite: no smart charging): SetChargingProfile NotSupported, a remote start's profile ignored (unsupported-201.ts).
    { name: 'no Smart Charging', versions: ['2.0.1'], removeProfiles: ['Smart Charging'] },
    { name: 'ISO 15118 Support (load leveling)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'] },
  ],
};
