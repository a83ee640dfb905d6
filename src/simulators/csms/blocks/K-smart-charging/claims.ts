/** K Smart Charging: what the reference CSMS claims of it (1.6 part; the 2.0.1 part comes later). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // 1.6 feature profile Smart Charging: SetChargingProfile per purpose, ClearChargingProfile, GetCompositeSchedule.
  claims: { '1.6': { profiles: ['Smart Charging'] } },
};
