import { faultsFor, findFault, type FaultSpec } from '../faults.js';

/**
 * The reference CSMS's switchable faults: the CSMS section of the shared registry
 * (`src/simulators/faults.ts`). Each breaks exactly one requirement, so a test case aimed at
 * that requirement can be shown to FAIL against it.
 */
export const CSMS_FAULTS: readonly FaultSpec[] = faultsFor('csms');

export function csmsFault(name: string): FaultSpec | undefined {
  return findFault(name, 'csms');
}

/** Markup the `hostile-strings` fault puts in free-text fields. */
export const HOSTILE_TEXT = '<script>alert(1)</script>';
