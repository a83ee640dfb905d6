/** L Firmware management: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { BOTH, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'firmware-signing-certificate-dropped', versions: V201,
    requirement: 'Part 6 TC_L_01_CSMS / TC_L_13_CSMS step 1 (UpdateFirmwareRequest firmware.signingCertificate <Configured signingCertificate>); L01.FR.01',
    description: 'Sends UpdateFirmware without firmware.signingCertificate (the signature alone).' },
  { name: 'firmware-signature-dropped', versions: V201,
    requirement: 'Part 6 TC_L_01_CSMS step 1 (UpdateFirmwareRequest firmware.signature <Configured signature>); L01.FR.01',
    description: 'Sends UpdateFirmware without firmware.signature.' },
  { name: 'firmware-install-time-past', versions: V201,
    requirement: 'Part 6 TC_L_02_CSMS step 1 (UpdateFirmwareRequest firmware.installDateTime <A dateTime in the future>)',
    description: 'Sends UpdateFirmware with firmware.installDateTime a minute in the past, whatever install time it was asked for.' },
  { name: 'firmware-retrieve-time-past', versions: V201,
    requirement: 'Part 6 TC_L_03_CSMS step 1 (UpdateFirmwareRequest firmware.retrieveDateTime <A dateTime in the future>)',
    description: 'Sends UpdateFirmware with firmware.retrieveDateTime a minute in the past, whatever retrieve time it was asked for.' },
  { name: 'firmware-retrieve-time-missing', versions: V201,
    requirement: 'Part 2 UpdateFirmwareRequest / FirmwareType (retrieveDateTime 1..1): the request the station answers must be a valid one',
    description: 'Sends UpdateFirmware without firmware.retrieveDateTime (schema-invalid).' },
  { name: 'firmware-status-unhandled', versions: BOTH,
    requirement: 'Part 6 TC_L_01..13_CSMS ("The CSMS responds with a FirmwareStatusNotificationResponse"), L01.FR.01; OCTT 1.6 TC_044_x_CSMS (FirmwareStatusNotification.conf), OCPP 1.6 4.5',
    description: 'Answers FirmwareStatusNotification with CALLERROR InternalError.' },
]);
