import type { OcppVersion } from './version.js';
import type { SutRole } from './role.js';

/** A case id split into its parts: TC_B_01_CS, TC_E_31_CSMS, TC_004_1_CS (1.6 ids have no block letter). */
export interface CaseIdParts {
  /** Functional block letter (2.x) or undefined (1.6: the block is the document section, from the folder). */
  block?: string;
  number: number;
  variant?: number;
  sut: SutRole;
}

const CASE_ID = /^TC_(?:([A-Z])_)?(\d{2,3})(?:_(\d+))?_(CS|CSMS)$/;

/** Parses an official-style id; undefined when it is not one. */
export function parseCaseId(id: string): CaseIdParts | undefined {
  const m = CASE_ID.exec(id);
  if (!m) return undefined;
  return {
    ...(m[1] ? { block: m[1] } : {}),
    number: Number(m[2]),
    ...(m[3] ? { variant: Number(m[3]) } : {}),
    sut: m[4] as SutRole,
  };
}

/**
 * The identity of a case: 2.1 reuses most 2.0.1 ids, so the id alone is not enough.
 * `caseKey('2.0.1', 'TC_B_01_CS')` is `'2.0.1/TC_B_01_CS'`.
 */
export function caseKey(version: OcppVersion, id: string): string {
  return `${version}/${id}`;
}
