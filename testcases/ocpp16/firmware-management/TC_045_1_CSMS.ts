/** OCTT 1.6 §3.16.1, Table 159: Get Diagnostics. Validations are the table's; 1.2/1.3 apply. */
import { adviseUnless, defineTestCase } from '../../kit.js';
import { diagnosticsStatus, getDiagnosticsSent, upload } from './steps.csms.js';

export const TC_045_1_CSMS = defineTestCase({
  id: 'TC_045_1_CSMS',
  title: 'Get Diagnostics',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Firmware Management'],
  covers: ['5.9', '4.4'],
  catches: ['diagnostics-status-unhandled'],
  async run(ctx) {
    const fileName = `diagnostics-${Date.now()}.log`;
    // 1-2. GetDiagnostics.req: GetDiagnostics.conf with the file name.
    const location = await getDiagnosticsSent(ctx, fileName);
    // 3-4. DiagnosticsStatusNotification.req Uploading. [Upload to the location of step 1.] 5-6. Uploaded.
    await diagnosticsStatus(ctx, 'Uploading');
    const uploaded = await upload(ctx, location, fileName);
    adviseUnless(ctx, uploaded, `the simulated Charge Point could not upload to the GetDiagnostics.req location ${location}`, '5.9');
    await diagnosticsStatus(ctx, 'Uploaded');
  },
});
