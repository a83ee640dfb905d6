/**
 * THE list of the reference station's blocks: a new block is a folder under blocks/ and one line here.
 * Each block owns its faults (and, as the split goes on, its handlers and claims).
 */
import type { FaultNameOf } from '../../fault-spec.js';
import { FAULTS as RPC } from './rpc/faults.js';
import { FAULTS as A_SECURITY } from './A-security/faults.js';
import { FAULTS as B_PROVISIONING } from './B-provisioning/faults.js';
import { FAULTS as C_AUTHORIZATION } from './C-authorization/faults.js';
import { FAULTS as E_TRANSACTIONS } from './E-transactions/faults.js';
import { FAULTS as G_AVAILABILITY } from './G-availability/faults.js';
import { FAULTS as H_RESERVATION } from './H-reservation/faults.js';

export const STATION_BLOCKS = [
  { id: 'rpc', faults: RPC },
  { id: 'A-security', faults: A_SECURITY },
  { id: 'B-provisioning', faults: B_PROVISIONING },
  { id: 'C-authorization', faults: C_AUTHORIZATION },
  { id: 'E-transactions', faults: E_TRANSACTIONS },
  { id: 'G-availability', faults: G_AVAILABILITY },
  { id: 'H-reservation', faults: H_RESERVATION },
] as const;

/** Every fault name this simulator declares: `faults.has()` takes only these. */
export type StationFaultName = FaultNameOf<typeof STATION_BLOCKS>;
