/** OCTT 1.6 §2.18.1, Table 55: Firmware Update - Download and Install. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { follow, offerFirmware, settle, transfersOf, type Followed } from './steps.cs.js';

export const TC_044_1_CS = defineTestCase({
  id: 'TC_044_1_CS',
  title: 'Firmware Update - Download and Install',
  version: '1.6',
  sut: 'CS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5', '4.2', '4.9'],
  catches: ['firmware-16-installing-skipped', 'firmware-16-installed-missing'],
  async run(ctx) {
    const { sut } = ctx;
    // Prerequisite: a valid (dummy) firmware on a server of a protocol of SupportedFileTransferProtocols.
    const offer = await offerFirmware(ctx, 'supported');
    const into: Followed = { statuses: [], booted: false };
    try {
      // 1-2. UpdateFirmware.req with the firmware's location (retrieveDate now): UpdateFirmware.conf.
      await sut.call('UpdateFirmware', { location: offer.location, retrieveDate: sut.now() }, { requirement: '5.19' });
      // 3-8. FirmwareStatusNotification.req Downloading, Downloaded, Installing (connectors MAY go Unavailable meanwhile).
      // 9-14. BootNotification.req, StatusNotification.req Available, FirmwareStatusNotification.req Installed (9/13 in any order).
      await follow(ctx, 'FirmwareStatusNotification', [
        { status: 'Downloading', step: 'step 3' }, { status: 'Downloaded', step: 'step 5' },
        { status: 'Installing', step: 'step 7' }, { status: 'Installed', step: 'step 13' },
      ], into, { boot: 'required', requirement: '4.5' });
      transfersOf(ctx, offer, 'download');
    } finally {
      await settle(ctx, 'FirmwareStatusNotification', into);
    }
  },
});
