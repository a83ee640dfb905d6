/** K Smart Charging: what the reference CSMS claims of it (Part 5, and the 1.6 feature profile). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  claims: {
    // 1.6 feature profile Smart Charging: SetChargingProfile per purpose, ClearChargingProfile, GetCompositeSchedule.
    '1.6': { profiles: ['Smart Charging'] },
    // Smart Charging: K01 (every purpose, SC-4 a TxDefaultProfile on EVSE #0), K05, K08, K09, K10; the ISO 15118
    // charging-needs flows K15-K17 (the ISO 15118 Support profile's certificate use cases are other blocks').
    '2.x': { profiles: ['Smart Charging'], features: ['SC-4'] },
  },
};
