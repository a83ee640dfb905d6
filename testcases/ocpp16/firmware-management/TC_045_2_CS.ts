/** OCTT 1.6 §2.19.2, Table 59: Get Diagnostics - Upload Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { failingLocation, follow, settle, type Followed } from './steps.cs.js';

export const TC_045_2_CS = defineTestCase({
  id: 'TC_045_2_CS',
  title: 'Get Diagnostics - Upload Failed',
  version: '1.6',
  sut: 'CS',
  profiles: ['Firmware Management'],
  covers: ['5.9', '4.4'],
  catches: ['diagnostics-16-uploading-skipped', 'diagnostics-16-upload-failed-as-uploaded'],
  async run(ctx) {
    const { sut } = ctx;
    const into: Followed = { statuses: [], booted: false };
    try {
      // 1-2. GetDiagnostics.req, retries 0, to a location where the upload fails: GetDiagnostics.conf.
      await sut.call('GetDiagnostics', { location: await failingLocation(ctx), retries: 0 }, { requirement: '5.9' });
      // 3-6. DiagnosticsStatusNotification.req Uploading, then UploadFailed.
      await follow(ctx, 'DiagnosticsStatusNotification', [{ status: 'Uploading', step: 'step 3' }, { status: 'UploadFailed', step: 'step 5' }], into, { requirement: '4.4' });
    } finally {
      await settle(ctx, 'DiagnosticsStatusNotification', into);
    }
  },
});
