/** P DataTransfer: what the reference station claims of it (Part 5): nothing beyond Core, of which DataTransfer is part. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
