/**
 * L Firmware management, charging station under test: the firmware the harness offers, the
 * ManufacturerRootCertificate it chains to and the UpdateFirmwareRequest of step 1, shared with F06
 * (_shared/firmware-update.cs.ts).
 */
export {
  UNINSTALLABLE_FIRMWARE_HEADER, iso, logTransfers, manufacturerRootTrusted, offerFirmware, requestIdFor, updateFirmware,
  type FirmwareOffer, type FirmwareRequest,
} from '../_shared/firmware-update.cs.js';
