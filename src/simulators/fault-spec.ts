/** The shape of a reference-simulator fault (faults.ts, faults-16.ts). */
import type { OcppVersion } from '../rpc/versions.js';

export type FaultRole = 'station' | 'csms';

export interface FaultSpec {
  name: string;
  role: FaultRole;
  versions: readonly OcppVersion[];
  /** One line: what the simulator does wrong. */
  description: string;
  /** The requirement broken (2.0.1 id; a 1.6 section when the rule is 1.6-only). */
  requirement: string;
}
