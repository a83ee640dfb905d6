/** L Firmware management: what the reference station claims of it (Part 5): secure firmware update (L01) is Core. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
