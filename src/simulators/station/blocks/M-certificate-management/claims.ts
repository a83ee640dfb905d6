/** M Certificate management: what the reference station claims of it (Part 5): its M03-M05 cases are Core (A Security keeps the store). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
