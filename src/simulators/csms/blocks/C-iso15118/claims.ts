/** ISO 15118 Plug & Charge of the reference CSMS: C07 and M01/M02 belong to the ISO 15118 Support profile, which A Security claims already. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
