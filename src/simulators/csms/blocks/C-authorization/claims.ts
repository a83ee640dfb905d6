/** C Authorization: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // RFID ISO14443 / ISO15693 (C-30, C-31, C-36, C-37), NoAuthorization (C-35).
  claims: { '2.x': { features: ['C-30', 'C-31', 'C-35', 'C-36', 'C-37'] } },
};
