/** ISO 15118 Plug & Charge of the reference station: not its default claim (as the other ISO 15118 parts), a variant. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  variants: [
    // TC_M_26..29_CS: the EV installs or updates its contract certificate through the station (M01, M02);
    // TC_C_50..55_CS: Plug & Charge authorization (C07), ISO-5: central contract validation (CentralContractValidationAllowed).
    // TC_N_63_CS, ISO-4: customer information by the contract certificate (N's customer-information.ts).
    { name: 'ISO 15118 Support (contract certificates)', versions: ['2.0.1'], addProfiles: ['ISO 15118 Support'], addFeatures: ['ISO-5', 'ISO-4'] },
  ],
};
