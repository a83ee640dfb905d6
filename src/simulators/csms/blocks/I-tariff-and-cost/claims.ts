/** I Tariff and Cost: the costs the reference CSMS sends (Part 5 Advanced User Interface, "Show costs to EV Driver"). */
import type { BlockClaims } from '../../../claims.js';

// The profile (Advanced User Interface) is claimed by O Display Messages, whose cases share it.
export const CLAIMS: BlockClaims = {};
