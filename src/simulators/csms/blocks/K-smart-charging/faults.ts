/** K Smart Charging: the reference CSMS's switchable faults of this block, each breaking ONE requirement (1.6 part). */
import { V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'charging-profile-no-validity', versions: V16, requirement: 'OCTT 1.6 TC_056_CSMS step 1 (validFrom, validTo, startSchedule not omitted)',
    description: 'Sends SetChargingProfile without validFrom, validTo and chargingSchedule.startSchedule.' },
  { name: 'tx-profile-wrong-transaction', versions: V16, requirement: 'OCPP 1.6 5.16.3 (a TxProfile carries the running transaction\'s id)',
    description: 'Sends a TxProfile whose transactionId is not the one it issued for the running transaction.' },
  { name: 'composite-unit-flipped', versions: V16, requirement: 'OCTT 1.6 TC_066_CSMS step 1 (chargingRateUnit as configured)',
    description: 'Sends GetCompositeSchedule with the other chargingRateUnit (A for W, W for A).' },
  { name: 'clear-by-id-with-criteria', versions: V16, requirement: 'OCPP 1.6 5.5 / OCTT 1.6 TC_067_CSMS step 3 (by id, the other fields omitted)',
    description: 'Sends ClearChargingProfile by id with connectorId, chargingProfilePurpose and stackLevel as well.' },
  { name: 'remote-start-profile-absolute', versions: V16, requirement: 'OCTT 1.6 TC_059_CSMS step 1 (the chargingProfile of RemoteStartTransaction is Relative)',
    description: 'Sends the chargingProfile of a RemoteStartTransaction as Absolute (from now) instead of Relative.' },
]);
