/**
 * THE list of the reference station's blocks: a new block is a folder under blocks/ and one line here.
 * Each block owns its faults and its claims (the Part 5 profiles and features it implements, its variants);
 * a block with code of its own gives `create` (block-host.ts), and the host composes what it builds.
 */
import type { FaultNameOf } from '../../fault-spec.js';
import { FAULTS as RPC } from './rpc/faults.js';
import { CLAIMS as RPC_CLAIMS } from './rpc/claims.js';
import { FAULTS as A_SECURITY } from './A-security/faults.js';
import { CLAIMS as A_SECURITY_CLAIMS } from './A-security/claims.js';
import { FAULTS as B_PROVISIONING } from './B-provisioning/faults.js';
import { CLAIMS as B_PROVISIONING_CLAIMS } from './B-provisioning/claims.js';
import { FAULTS as C_AUTHORIZATION } from './C-authorization/faults.js';
import { CLAIMS as C_AUTHORIZATION_CLAIMS } from './C-authorization/claims.js';
import { FAULTS as E_TRANSACTIONS } from './E-transactions/faults.js';
import { CLAIMS as E_TRANSACTIONS_CLAIMS } from './E-transactions/claims.js';
import { FAULTS as G_AVAILABILITY } from './G-availability/faults.js';
import { CLAIMS as G_AVAILABILITY_CLAIMS } from './G-availability/claims.js';
import { FAULTS as H_RESERVATION } from './H-reservation/faults.js';
import { CLAIMS as H_RESERVATION_CLAIMS } from './H-reservation/claims.js';
import { Reservations } from './H-reservation/reservation.js';
import { FAULTS as K_SMART_CHARGING } from './K-smart-charging/faults.js';
import { CLAIMS as K_SMART_CHARGING_CLAIMS } from './K-smart-charging/claims.js';
import { SmartCharging16 } from './K-smart-charging/smart-charging-16.js';
import type { BlockFactory } from '../block-host.js';

export const STATION_BLOCKS = [
  { id: 'rpc', faults: RPC, claims: RPC_CLAIMS },
  { id: 'A-security', faults: A_SECURITY, claims: A_SECURITY_CLAIMS },
  { id: 'B-provisioning', faults: B_PROVISIONING, claims: B_PROVISIONING_CLAIMS },
  { id: 'C-authorization', faults: C_AUTHORIZATION, claims: C_AUTHORIZATION_CLAIMS },
  { id: 'E-transactions', faults: E_TRANSACTIONS, claims: E_TRANSACTIONS_CLAIMS },
  { id: 'G-availability', faults: G_AVAILABILITY, claims: G_AVAILABILITY_CLAIMS },
  { id: 'H-reservation', faults: H_RESERVATION, claims: H_RESERVATION_CLAIMS, create: ((host) => (host.version === '2.0.1' ? new Reservations(host) : undefined)) as BlockFactory },
  { id: 'K-smart-charging', faults: K_SMART_CHARGING, claims: K_SMART_CHARGING_CLAIMS, create: ((host) => (host.version === '1.6' ? new SmartCharging16(host) : undefined)) as BlockFactory<(typeof K_SMART_CHARGING)[number]['name']> },
] as const;

/** Every fault name this simulator declares: `faults.has()` takes only these. */
export type StationFaultName = FaultNameOf<typeof STATION_BLOCKS>;
