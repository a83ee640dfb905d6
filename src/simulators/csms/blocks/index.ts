/**
 * THE list of the reference CSMS's blocks: a new block is a folder under blocks/ and one line here.
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
import { FAULTS as G_AVAILABILITY } from './G-availability/faults.js';
import { CLAIMS as G_AVAILABILITY_CLAIMS } from './G-availability/claims.js';
import { FAULTS as H_RESERVATION } from './H-reservation/faults.js';
import { CLAIMS as H_RESERVATION_CLAIMS } from './H-reservation/claims.js';
import { FAULTS as J_METER_VALUES } from './J-meter-values/faults.js';
import { CLAIMS as J_METER_VALUES_CLAIMS } from './J-meter-values/claims.js';
import { FAULTS as K_SMART_CHARGING } from './K-smart-charging/faults.js';
import { CLAIMS as K_SMART_CHARGING_CLAIMS } from './K-smart-charging/claims.js';
import { create as K_SMART_CHARGING_CREATE } from './K-smart-charging/smart-charging.js';
import { create as A_SECURITY_CREATE } from './A-security/security.js';
import { create as B_PROVISIONING_CREATE } from './B-provisioning/provisioning.js';
import { create as C_AUTHORIZATION_CREATE } from './C-authorization/authorization.js';
import { create as D_LOCAL_LIST_CREATE } from './D-local-authorization-list/local-list.js';
import { create as E_TRANSACTIONS_CREATE } from './E-transactions/transactions.js';
import { create as F_REMOTE_CONTROL_CREATE } from './F-remote-control/remote-control.js';
import { create as G_AVAILABILITY_CREATE } from './G-availability/availability.js';
import { create as H_RESERVATION_CREATE } from './H-reservation/reservation.js';
import { withReservations16 } from './H-reservation/reservation-16.js';
import { create as J_METER_VALUES_CREATE } from './J-meter-values/meter-values.js';
import { FAULTS as I_TARIFF_AND_COST } from './I-tariff-and-cost/faults.js';
import { CLAIMS as I_TARIFF_AND_COST_CLAIMS } from './I-tariff-and-cost/claims.js';
import { create as I_TARIFF_AND_COST_CREATE } from './I-tariff-and-cost/tariff-and-cost.js';
import { FAULTS as O_DISPLAY_MESSAGES } from './O-display-messages/faults.js';
import { CLAIMS as O_DISPLAY_MESSAGES_CLAIMS } from './O-display-messages/claims.js';
import { create as O_DISPLAY_MESSAGES_CREATE } from './O-display-messages/display-messages.js';
import { FAULTS as L_FIRMWARE } from './L-firmware-management/faults.js';
import { CLAIMS as L_FIRMWARE_CLAIMS } from './L-firmware-management/claims.js';
import { create as L_FIRMWARE_CREATE } from './L-firmware-management/firmware.js';
import { FAULTS as M_CERTIFICATES } from './M-certificate-management/faults.js';
import { CLAIMS as M_CERTIFICATES_CLAIMS } from './M-certificate-management/claims.js';
import { create as M_CERTIFICATES_CREATE } from './M-certificate-management/certificate-management.js';
import { FAULTS as N_DIAGNOSTICS } from './N-diagnostics/faults.js';
import { CLAIMS as N_DIAGNOSTICS_CLAIMS } from './N-diagnostics/claims.js';
import { create as N_DIAGNOSTICS_CREATE } from './N-diagnostics/diagnostics.js';
import { FAULTS as P_DATA_TRANSFER } from './P-data-transfer/faults.js';
import { CLAIMS as P_DATA_TRANSFER_CLAIMS } from './P-data-transfer/claims.js';
import { create as P_DATA_TRANSFER_CREATE } from './P-data-transfer/data-transfer.js';
import { FAULTS as L_FIRMWARE_16 } from './L-firmware-management/faults-16.js';
import { CLAIMS as L_FIRMWARE_16_CLAIMS } from './L-firmware-management/claims-16.js';
import { create as L_FIRMWARE_16_CREATE } from './L-firmware-management/firmware-16.js';
import { FAULTS as C_ISO15118 } from './C-iso15118/faults.js';
import { CLAIMS as C_ISO15118_CLAIMS } from './C-iso15118/claims.js';
import { create as C_ISO15118_CREATE } from './C-iso15118/ev-certificate.js';

export const CSMS_BLOCKS = [
  { id: 'rpc', faults: RPC, claims: RPC_CLAIMS },
  { id: 'A-security', faults: A_SECURITY, claims: A_SECURITY_CLAIMS, create: A_SECURITY_CREATE },
  { id: 'B-provisioning', faults: B_PROVISIONING, claims: B_PROVISIONING_CLAIMS, create: B_PROVISIONING_CREATE },
  { id: 'C-authorization', faults: C_AUTHORIZATION, claims: C_AUTHORIZATION_CLAIMS, create: C_AUTHORIZATION_CREATE },
  { id: 'D-local-authorization-list', faults: D_LOCAL_LIST, claims: D_LOCAL_LIST_CLAIMS, create: D_LOCAL_LIST_CREATE },
  { id: 'E-transactions', faults: E_TRANSACTIONS, claims: E_TRANSACTIONS_CLAIMS, create: E_TRANSACTIONS_CREATE },
  { id: 'F-remote-control', faults: F_REMOTE_CONTROL, claims: F_REMOTE_CONTROL_CLAIMS, create: F_REMOTE_CONTROL_CREATE },
  { id: 'G-availability', faults: G_AVAILABILITY, claims: G_AVAILABILITY_CLAIMS, create: G_AVAILABILITY_CREATE },
  { id: 'H-reservation', faults: H_RESERVATION, claims: H_RESERVATION_CLAIMS, create: withReservations16(H_RESERVATION_CREATE) },
  { id: 'I-tariff-and-cost', faults: I_TARIFF_AND_COST, claims: I_TARIFF_AND_COST_CLAIMS, create: I_TARIFF_AND_COST_CREATE },
  { id: 'J-meter-values', faults: J_METER_VALUES, claims: J_METER_VALUES_CLAIMS, create: J_METER_VALUES_CREATE },
  { id: 'K-smart-charging', faults: K_SMART_CHARGING, claims: K_SMART_CHARGING_CLAIMS, create: K_SMART_CHARGING_CREATE },
  { id: 'L-firmware-management', faults: L_FIRMWARE, claims: L_FIRMWARE_CLAIMS, create: L_FIRMWARE_CREATE },
  { id: 'L-firmware-management-16', faults: L_FIRMWARE_16, claims: L_FIRMWARE_16_CLAIMS, create: L_FIRMWARE_16_CREATE },
  { id: 'M-certificate-management', faults: M_CERTIFICATES, claims: M_CERTIFICATES_CLAIMS, create: M_CERTIFICATES_CREATE },
  { id: 'N-diagnostics', faults: N_DIAGNOSTICS, claims: N_DIAGNOSTICS_CLAIMS, create: N_DIAGNOSTICS_CREATE },
  { id: 'O-display-messages', faults: O_DISPLAY_MESSAGES, claims: O_DISPLAY_MESSAGES_CLAIMS, create: O_DISPLAY_MESSAGES_CREATE },
  { id: 'P-data-transfer', faults: P_DATA_TRANSFER, claims: P_DATA_TRANSFER_CLAIMS, create: P_DATA_TRANSFER_CREATE },
  { id: 'C-iso15118', faults: C_ISO15118, claims: C_ISO15118_CLAIMS, create: C_ISO15118_CREATE },
] as const;

/** Every fault name this simulator declares: `faults.has()` takes only these. */
export type CsmsFaultName = FaultNameOf<typeof CSMS_BLOCKS>;
