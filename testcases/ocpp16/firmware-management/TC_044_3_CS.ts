/** OCTT 1.6 §2.18.3, Table 57: Firmware Update - Installation Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { follow, offerFirmware, settle, transfersOf, type Followed } from './steps.cs.js';

export const TC_044_3_CS = defineTestCase({
  id: 'TC_044_3_CS',
  title: 'Firmware Update - Installation Failed',
  version: '1.6',
  sut: 'CS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5', '4.2', '4.9'],
  catches: ['firmware-16-unsupported-installed'],
  async run(ctx) {
    const { sut } = ctx;
    // Prerequisite: an invalid firmware (<The location of a NOT supported file>) on the server.
    const offer = await offerFirmware(ctx, 'unsupported');
    const into: Followed = { statuses: [], booted: false };
    try {
      // 1-2. UpdateFirmware.req: UpdateFirmware.conf.
      await sut.call('UpdateFirmware', { location: offer.location, retrieveDate: sut.now() }, { requirement: '5.19' });
      // 3-6. Downloading, Downloaded. 7-8. Installing (optional: the installation may fail at once).
      // 9-14. An optional reboot (then StatusNotification.req Available) and FirmwareStatusNotification.req InstallationFailed, in any order.
      await follow(ctx, 'FirmwareStatusNotification', [
        { status: 'Downloading', step: 'step 3' }, { status: 'Downloaded', step: 'step 5' },
        { status: 'Installing', step: 'step 7', optional: true }, { status: 'InstallationFailed', step: 'step 11' },
      ], into, { boot: 'optional', requirement: '4.5' });
      transfersOf(ctx, offer, 'download');
    } finally {
      await settle(ctx, 'FirmwareStatusNotification', into);
    }
  },
});
