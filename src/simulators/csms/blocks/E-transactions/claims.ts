/** E Transactions: what the reference CSMS claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Checking the TransactionStatus (C-16).
  claims: { '2.x': { features: ['C-16'] } },
};
