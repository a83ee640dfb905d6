/** OCPP-J: nothing of Part 5 to claim (framing and error codes are not optional). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
