import { defineTestCase } from '../../kit.js';
import { logSuccess } from './steps.getlog.cs.js';

export const TC_N_25_CS = defineTestCase({
  id: 'TC_N_25_CS',
  title: 'Retrieve Log Information - Diagnostics Log - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N01', 'N01.FR.01', 'N01.FR.02', 'N01.FR.04', 'N01.FR.07', 'N01.FR.08', 'N01.FR.09', 'N01.FR.13'],
  catches: ['get-log-no-filename', 'log-wrong-request-id', 'log-uploading-not-reported', 'log-uploaded-not-reported'],
  async run(ctx) {
    // 1-2. GetLogRequest DiagnosticsLog: Accepted with a filename; 3-4. Uploading; 5-6. Uploaded.
    await logSuccess(ctx, 'DiagnosticsLog', { filenameRequired: true });
  },
});
