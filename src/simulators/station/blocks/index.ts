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
import { FAULTS as D_LOCAL_LIST } from './D-local-authorization-list/faults.js';
import { CLAIMS as D_LOCAL_LIST_CLAIMS } from './D-local-authorization-list/claims.js';
import { FAULTS as E_TRANSACTIONS } from './E-transactions/faults.js';
import { CLAIMS as E_TRANSACTIONS_CLAIMS } from './E-transactions/claims.js';
import { FAULTS as F_REMOTE_CONTROL } from './F-remote-control/faults.js';
import { CLAIMS as F_REMOTE_CONTROL_CLAIMS } from './F-remote-control/claims.js';
import { RemoteControl } from './F-remote-control/remote-control.js';
import { RemoteTrigger16 } from './F-remote-control/remote-trigger-16.js';
import { FAULTS as G_AVAILABILITY } from './G-availability/faults.js';
import { CLAIMS as G_AVAILABILITY_CLAIMS } from './G-availability/claims.js';
import { FAULTS as H_RESERVATION } from './H-reservation/faults.js';
import { CLAIMS as H_RESERVATION_CLAIMS } from './H-reservation/claims.js';
import { FAULTS as I_TARIFF_AND_COST } from './I-tariff-and-cost/faults.js';
import { CLAIMS as I_TARIFF_AND_COST_CLAIMS } from './I-tariff-and-cost/claims.js';
import { create as I_TARIFF_AND_COST_CREATE } from './I-tariff-and-cost/tariff-and-cost.js';
import { FAULTS as J_METER_VALUES } from './J-meter-values/faults.js';
import { CLAIMS as J_METER_VALUES_CLAIMS } from './J-meter-values/claims.js';
import { Reservations } from './H-reservation/reservation.js';
import { Reservations16 } from './H-reservation/reservation-16.js';
import { FAULTS as K_SMART_CHARGING } from './K-smart-charging/faults.js';
import { CLAIMS as K_SMART_CHARGING_CLAIMS } from './K-smart-charging/claims.js';
import { SmartCharging16 } from './K-smart-charging/smart-charging-16.js';
import { SmartCharging201 } from './K-smart-charging/smart-charging-201.js';
import { NoSmartCharging201, smartChargingClaimed } from './K-smart-charging/unsupported-201.js';
import { FAULTS as O_DISPLAY_MESSAGES } from './O-display-messages/faults.js';
import { CLAIMS as O_DISPLAY_MESSAGES_CLAIMS } from './O-display-messages/claims.js';
import { create as O_DISPLAY_MESSAGES_CREATE } from './O-display-messages/display-messages.js';
import { FAULTS as M_CERTIFICATES } from './M-certificate-management/faults.js';
import { CLAIMS as M_CERTIFICATES_CLAIMS } from './M-certificate-management/claims.js';
import { create as M_CERTIFICATES_CREATE } from './M-certificate-management/certificate-management.js';
import { FAULTS as N_DIAGNOSTICS } from './N-diagnostics/faults.js';
import { CLAIMS as N_DIAGNOSTICS_CLAIMS } from './N-diagnostics/claims.js';
import { create as N_DIAGNOSTICS_CREATE } from './N-diagnostics/diagnostics.js';
import { FAULTS as P_DATA_TRANSFER } from './P-data-transfer/faults.js';
import { CLAIMS as P_DATA_TRANSFER_CLAIMS } from './P-data-transfer/claims.js';
import { create as P_DATA_TRANSFER_CREATE } from './P-data-transfer/data-transfer.js';
import { FAULTS as L_FIRMWARE } from './L-firmware-management/faults.js';
import { CLAIMS as L_FIRMWARE_CLAIMS } from './L-firmware-management/claims.js';
import { create as L_FIRMWARE_CREATE } from './L-firmware-management/firmware.js';
import { create16 as L_FIRMWARE_16_CREATE } from './L-firmware-management/firmware-16.js';
import type { BlockFactory } from '../block-host.js';
import { FAULTS as C_ISO15118 } from './C-iso15118/faults.js';
import { CLAIMS as C_ISO15118_CLAIMS } from './C-iso15118/claims.js';
import { create as C_ISO15118_CREATE } from './C-iso15118/iso15118.js';

export const STATION_BLOCKS = [
  { id: 'rpc', faults: RPC, claims: RPC_CLAIMS },
  { id: 'A-security', faults: A_SECURITY, claims: A_SECURITY_CLAIMS },
  { id: 'B-provisioning', faults: B_PROVISIONING, claims: B_PROVISIONING_CLAIMS },
  { id: 'C-authorization', faults: C_AUTHORIZATION, claims: C_AUTHORIZATION_CLAIMS },
  // D: the host builds the list (station.ts) before C Authorization, which consults it through D's port.
  { id: 'D-local-authorization-list', faults: D_LOCAL_LIST, claims: D_LOCAL_LIST_CLAIMS },
  { id: 'E-transactions', faults: E_TRANSACTIONS, claims: E_TRANSACTIONS_CLAIMS },
  { id: 'F-remote-control', faults: F_REMOTE_CONTROL, claims: F_REMOTE_CONTROL_CLAIMS, create: ((host) => (host.version === '2.0.1' ? new RemoteControl(host) : host.version === '1.6' ? new RemoteTrigger16(host) : undefined)) as BlockFactory<(typeof F_REMOTE_CONTROL)[number]['name']> },
  { id: 'G-availability', faults: G_AVAILABILITY, claims: G_AVAILABILITY_CLAIMS },
  { id: 'H-reservation', faults: H_RESERVATION, claims: H_RESERVATION_CLAIMS, create: ((host) => (host.version === '2.0.1' ? new Reservations(host) : host.version === '1.6' ? new Reservations16(host) : undefined)) as BlockFactory<(typeof H_RESERVATION)[number]['name']> },
  { id: 'I-tariff-and-cost', faults: I_TARIFF_AND_COST, claims: I_TARIFF_AND_COST_CLAIMS, create: I_TARIFF_AND_COST_CREATE as BlockFactory<(typeof I_TARIFF_AND_COST)[number]['name']> },
  { id: 'J-meter-values', faults: J_METER_VALUES, claims: J_METER_VALUES_CLAIMS },
  { id: 'K-smart-charging', faults: K_SMART_CHARGING, claims: K_SMART_CHARGING_CLAIMS, create: ((host) => (host.version === '1.6' ? new SmartCharging16(host) : host.version === '2.0.1' ? (smartChargingClaimed(host) ? new SmartCharging201(host) : new NoSmartCharging201(host)) : undefined)) as BlockFactory<(typeof K_SMART_CHARGING)[number]['name']> },
  { id: 'L-firmware-management', faults: L_FIRMWARE, claims: L_FIRMWARE_CLAIMS, create: ((host) => (host.version === '1.6' ? L_FIRMWARE_16_CREATE(host) : L_FIRMWARE_CREATE(host))) as BlockFactory<(typeof L_FIRMWARE)[number]['name']> },
  { id: 'M-certificate-management', faults: M_CERTIFICATES, claims: M_CERTIFICATES_CLAIMS, create: M_CERTIFICATES_CREATE as BlockFactory },
  { id: 'N-diagnostics', faults: N_DIAGNOSTICS, claims: N_DIAGNOSTICS_CLAIMS, create: N_DIAGNOSTICS_CREATE as BlockFactory<(typeof N_DIAGNOSTICS)[number]['name']> },
  { id: 'O-display-messages', faults: O_DISPLAY_MESSAGES, claims: O_DISPLAY_MESSAGES_CLAIMS, create: O_DISPLAY_MESSAGES_CREATE as BlockFactory<(typeof O_DISPLAY_MESSAGES)[number]['name']> },
  { id: 'P-data-transfer', faults: P_DATA_TRANSFER, claims: P_DATA_TRANSFER_CLAIMS, create: P_DATA_TRANSFER_CREATE as BlockFactory },
  { id: 'C-iso15118', faults: C_ISO15118, claims: C_ISO15118_CLAIMS, create: C_ISO15118_CREATE as BlockFactory<(typeof C_ISO15118)[number]['name']> },
] as const;

/** Every fault name this simulator declares: `faults.has()` takes only these. */
export type StationFaultName = FaultNameOf<typeof STATION_BLOCKS>;
