/** P DataTransfer: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'data-transfer-unknown-vendor-accepted', versions: V201, requirement: 'P01.FR.05',
    description: 'Answers a DataTransfer for a vendorId it has no implementation of with Accepted (UnknownVendorId is due).' },
  { name: 'custom-data-callerror', versions: V201, requirement: 'OCPP-J 9 (CustomData extension)',
    description: 'Answers any CSMS CALL carrying customData (at any depth) with CALLERROR FormationViolation instead of processing it.' },
]);
