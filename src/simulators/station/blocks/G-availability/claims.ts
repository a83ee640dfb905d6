/** G Availability (the EVSE model): what the reference station claims of it. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  variants: [{ name: 'two EVSEs', versions: ['2.0.1'], evses: [{ id: 1, connectors: 1 }, { id: 2, connectors: 1 }] }],
};
