/** I Tariff and Cost: what the reference station claims of it (Part 5: part of Advanced User Interface). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Show EV Driver running / final total cost (I02, I03): the cost the CSMS sends is shown to the driver.
  claims: { '2.x': { profiles: ['Advanced User Interface'] } },
};
