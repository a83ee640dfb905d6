/** M Certificate management: what the reference CSMS claims of it (Part 5): InstallCertificate / GetInstalledCertificateIds are Core. */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {};
