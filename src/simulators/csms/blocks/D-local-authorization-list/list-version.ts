/** The version of a new Local Authorization List the CSMS sends (2.0.1 versionNumber, 1.6 listVersion). */
import type { RequestContext } from '../../types.js';
import type { FAULTS } from './faults.js';

type Faults = (typeof FAULTS)[number]['name'];

/** Seconds since 2024-01-01: a version that grows with time and fits an int32 for decades. */
let lastVersion = Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000);

/** A list version above every one this CSMS sent before (D01.FR.19; 1.6 7.47 VersionMismatch). */
export function nextVersion(ctx: RequestContext<Faults>): number {
  if (ctx.csms.hasFault('local-list-version-fixed')) return 1;
  lastVersion = Math.max(lastVersion + 1, Math.floor((Date.now() - Date.UTC(2024, 0, 1)) / 1000));
  return lastVersion;
}
