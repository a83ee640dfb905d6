/** P DataTransfer: nothing of Part 5 to claim beyond Core, of which DataTransfer is part. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
