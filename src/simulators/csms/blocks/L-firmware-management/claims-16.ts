/** L Firmware management, OCPP 1.6: the reference Central System implements the Firmware Management feature profile. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = { claims: { '1.6': { profiles: ['Firmware Management'] } } };
