/** J Meter values: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Every measurand list configurable (C-40.1-5), AlignedDataCtrlr.SendDuringIdle (C-28), signed meter values (C-42).
  claims: { '2.x': { features: ['C-28', 'C-40', 'C-40.1', 'C-40.2', 'C-40.3', 'C-40.4', 'C-40.5', 'C-42'] } },
};
