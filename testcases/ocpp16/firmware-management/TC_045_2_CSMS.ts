/** OCTT 1.6 §3.16.2, Table 160: Get Diagnostics - Upload Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { diagnosticsStatus, getDiagnosticsSent } from './steps.csms.js';

export const TC_045_2_CSMS = defineTestCase({
  id: 'TC_045_2_CSMS',
  title: 'Get Diagnostics - Upload Failed',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Firmware Management'],
  covers: ['5.9', '4.4'],
  catches: ['diagnostics-status-unhandled'],
  async run(ctx) {
    // 1-2. GetDiagnostics.req: GetDiagnostics.conf.
    await getDiagnosticsSent(ctx, `diagnostics-${Date.now()}.log`);
    // 3-4. DiagnosticsStatusNotification.req Uploading. 5-6. [The upload fails] UploadFailed.
    await diagnosticsStatus(ctx, 'Uploading');
    await diagnosticsStatus(ctx, 'UploadFailed');
  },
});
