/** J Meter values: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Supported measurands (C-40: every measurand list of SampledDataCtrlr and AlignedDataCtrlr), AlignedDataCtrlr.SendDuringIdle
  // (C-28), signed meter values (C-42).
  claims: { '2.x': { features: ['C-28', 'C-40', 'C-42'] } },
};
