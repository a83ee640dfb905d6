/**
 * The reference simulators' switchable faults: each makes a simulator break ONE specific
 * requirement, so every test case can be shown to FAIL on the fault it exists to catch.
 * Each block declares its own (`station/blocks/<X>/faults.ts`, `csms/blocks/<X>/faults.ts`); this is
 * their concatenation, for `sim --list-faults` and for checking the names cases and the CLI give.
 * Names are unique per role (a station fault and a CSMS fault may share a name).
 */
import type { OcppVersion } from '../rpc/versions.js';
import { HarnessError } from '../errors.js';
import { STATION_BLOCKS, type StationFaultName } from './station/blocks/index.js';
import { CSMS_BLOCKS } from './csms/blocks/index.js';

export type { FaultRole, FaultSpec } from './fault-spec.js';
import type { FaultRole, FaultSpec } from './fault-spec.js';

export const FAULTS: readonly FaultSpec[] = [...STATION_BLOCKS, ...CSMS_BLOCKS].flatMap((b): readonly FaultSpec[] => b.faults);

export function findFault(name: string, role: FaultRole): FaultSpec | undefined {
  return FAULTS.find((f) => f.name === name && f.role === role);
}

export function faultsFor(role: FaultRole, version?: OcppVersion): FaultSpec[] {
  return FAULTS.filter((f) => f.role === role && (version === undefined || f.versions.includes(version)));
}

/** What is wrong with a list of fault names for a simulator of `role` speaking `version` (empty when all are fine). */
export function faultProblems(names: readonly string[], role: FaultRole, version: OcppVersion): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const spec = findFault(name, role);
    if (!spec) problems.push(`unknown ${role} fault '${name}' (see \`sim --list-faults\`)`);
    else if (!spec.versions.includes(version)) problems.push(`${role} fault '${name}' does not apply to OCPP ${version} (only ${spec.versions.join(', ')})`);
  }
  return problems;
}

/** Throws OCPPH_ERR_CONFIG naming every bad fault name. */
export function validateFaultNames(names: readonly string[], role: FaultRole, version: OcppVersion): void {
  const problems = faultProblems(names, role, version);
  if (problems.length) throw new HarnessError('OCPPH_ERR_CONFIG', problems.join('; '), { faults: [...names] });
}

/** Station fault names given as data (options, CLI, a case's `catches`), checked: OCPPH_ERR_CONFIG names every bad one. */
export function stationFaultNames(names: readonly string[], version: OcppVersion): StationFaultName[] {
  validateFaultNames(names, 'station', version);
  return names as StationFaultName[];
}
