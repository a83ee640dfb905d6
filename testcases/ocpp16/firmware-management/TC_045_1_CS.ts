/** OCTT 1.6 §2.19.1, Table 58: Get Diagnostics. Validations are the table's; 1.2/1.3 apply. */
import { adviseUnless, defineTestCase } from '../../kit.js';
import { diagnosticsLocation, follow, settle, transfersOf, type Followed } from './steps.cs.js';

export const TC_045_1_CS = defineTestCase({
  id: 'TC_045_1_CS',
  title: 'Get Diagnostics',
  version: '1.6',
  sut: 'CS',
  profiles: ['Firmware Management'],
  covers: ['5.9', '4.4'],
  catches: ['diagnostics-16-uploading-skipped'],
  async run(ctx) {
    const { sut } = ctx;
    // Prerequisite: a server of a protocol of SupportedFileTransferProtocols; step 1's <Configured log location> on it.
    const where = await diagnosticsLocation(ctx);
    const into: Followed = { statuses: [], booted: false };
    try {
      // 1-2. GetDiagnostics.req: GetDiagnostics.conf.
      const conf = await sut.call('GetDiagnostics', { location: where.location }, { requirement: '5.9' });
      // 3-6. DiagnosticsStatusNotification.req Uploading, then Uploaded.
      await follow(ctx, 'DiagnosticsStatusNotification', [{ status: 'Uploading', step: 'step 3' }, { status: 'Uploaded', step: 'step 5' }], into, { requirement: '4.4' });
      // Expected result (not a tool validation): the log is at the location of step 1, under the conf's fileName.
      const uploads = transfersOf(ctx, where, 'upload');
      adviseUnless(ctx, uploads > 0, `the Charge Point reported Uploaded but nothing arrived under ${where.name} (GetDiagnostics.conf fileName ${String(conf.fileName ?? 'absent')})`, '5.9');
    } finally {
      await settle(ctx, 'DiagnosticsStatusNotification', into);
    }
  },
});
