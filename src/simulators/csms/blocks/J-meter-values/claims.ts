/** J Meter values: what the reference CSMS claims of it (Part 5: the J CSMS cases are mandatory, no feature to claim). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
