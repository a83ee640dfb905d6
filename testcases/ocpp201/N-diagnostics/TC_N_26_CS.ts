/**
 * TC_N_26_CS (Part 6): Retrieve Log Information - Diagnostics Log - Upload failed. Errata 2025-09 6.2.93 applied: steps 3
 * and 5 each sent exactly 1 or 4 times, the case waits at least 3 x <Configured retryInterval>.
 */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { logFailure } from './steps.getlog.cs.js';

export const TC_N_26_CS = defineTestCase({
  id: 'TC_N_26_CS',
  title: 'Retrieve Log Information - Diagnostics Log - Upload failed',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['N01', 'N01.FR.01', 'N01.FR.02', 'N01.FR.04', 'N01.FR.07', 'N01.FR.08', 'N01.FR.10', 'N01.FR.13'],
  catches: ['log-wrong-request-id', 'log-uploading-not-reported', 'log-upload-failure-silent', 'log-retries-ignored'],
  async run(ctx) {
    // Configuration State: the retry interval longer than an upload attempt (<Configured retryInterval>).
    // 1-2. GetLogRequest DiagnosticsLog, retries 3, retryInterval: Accepted; 3-4. Uploading; 5-6. the failure, 3 x retryInterval later.
    await logFailure(ctx, configured(ctx, 'logRetryInterval'));
  },
});
