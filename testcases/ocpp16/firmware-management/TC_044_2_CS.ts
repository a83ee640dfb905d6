/** OCTT 1.6 §2.18.2, Table 56: Firmware Update - Download Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { follow, offerFirmware, settle, type Followed } from './steps.cs.js';

export const TC_044_2_CS = defineTestCase({
  id: 'TC_044_2_CS',
  title: 'Firmware Update - Download Failed',
  version: '1.6',
  sut: 'CS',
  profiles: ['Firmware Management'],
  covers: ['5.19', '4.5'],
  catches: ['firmware-16-download-failed-as-downloaded'],
  async run(ctx) {
    const { sut } = ctx;
    // Step 1's location: the document's ftp://127.0.0.1:21/download_fail.fwi is a file that cannot be fetched;
    // here a name on the harness's file server that holds nothing (the download really fails), retries 0.
    const offer = await offerFirmware(ctx, 'supported');
    offer.fileServer.store.unpublish(offer.name);
    const location = `${offer.location.replace(/\.bin$/, '')}_download_fail.fwi`;
    const into: Followed = { statuses: [], booted: false };
    try {
      // 1-2. UpdateFirmware.req (retries 0): UpdateFirmware.conf.
      await sut.call('UpdateFirmware', { location, retrieveDate: sut.now(), retries: 0 }, { requirement: '5.19' });
      // 3-4. FirmwareStatusNotification.req Downloading (optional: the download may fail at once). 5-6. DownloadFailed.
      await follow(ctx, 'FirmwareStatusNotification', [
        { status: 'Downloading', step: 'step 3', optional: true }, { status: 'DownloadFailed', step: 'step 5' },
      ], into, { requirement: '4.5' });
    } finally {
      await settle(ctx, 'FirmwareStatusNotification', into);
    }
  },
});
