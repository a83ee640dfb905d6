import type { OcppVersion } from '../engine/model.js';

/**
 * A case's identity across versions: 666 of the 904 OCPP 2.1 ids are also 2.0.1 ids, so an id alone
 * is ambiguous. Same format as the lead's `caseKey` (src/domain/case-id.ts), which will replace this.
 */
export function caseKey(version: OcppVersion, id: string): string {
  return `${version}/${id}`;
}
