/** Nothing of Part 5 to claim beyond what the other blocks claim. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
