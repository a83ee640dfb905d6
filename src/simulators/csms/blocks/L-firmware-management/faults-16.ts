/** L Firmware management, OCPP 1.6 (firmware-16.ts): the reference Central System's switchable faults, each breaking ONE requirement. */
import { V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'update-firmware-16-own-location', versions: V16, requirement: 'OCTT 1.6 TC_044_1_CSMS step 1 (UpdateFirmware.req location is <Firmware Download URL from test data>)',
    description: 'Sends UpdateFirmware with its own built-in location, whatever firmware URL the operator gave.' },
  { name: 'signed-firmware-16-own-location', versions: V16, requirement: 'OCTT 1.6 TC_080_CSMS / TC_081_CSMS step 1 (SignedUpdateFirmware.req firmware.location is <Configured Firmware Download URL>)',
    description: 'Sends SignedUpdateFirmware with its own built-in location, whatever firmware URL the operator gave.' },
  { name: 'signed-firmware-16-own-certificate', versions: V16, requirement: 'OCTT 1.6 TC_080_CSMS step 1 (SignedUpdateFirmware.req firmware.signingCertificate is <Configured signingCertificate>)',
    description: 'Sends SignedUpdateFirmware with a built-in signingCertificate, whatever certificate the operator gave.' },
]);
