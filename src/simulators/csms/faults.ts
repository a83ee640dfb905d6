import { faultsFor, findFault, type FaultSpec } from '../faults.js';
import type { CsmsFaultName } from './blocks/index.js';

export type { CsmsFaultName } from './blocks/index.js';

/**
 * The reference CSMS's switchable faults: the CSMS section of the shared registry
 * (`src/simulators/faults.ts`), declared per block in `blocks/<X>/faults.ts`. Each breaks exactly
 * one requirement, so a test case aimed at that requirement can be shown to FAIL against it.
 */
export const CSMS_FAULTS: readonly FaultSpec[] = faultsFor('csms');

export function csmsFault(name: string): FaultSpec | undefined {
  return findFault(name, 'csms');
}

/** A name given as data (options, CLI, control server) that the reference CSMS declares. */
export function isCsmsFault(name: string): name is CsmsFaultName {
  return csmsFault(name) !== undefined;
}

export { HOSTILE_TEXT } from './blocks/rpc/port.js';
