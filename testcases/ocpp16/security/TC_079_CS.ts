/** OCTT 1.6 §2.24.3 (Get Security Log), Table 95: Get Security Log. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { profiles } from './steps.cs.js';
import { logLocation16, nextLogStatus16, securityLogSeen, settleLog16 } from './steps.getlog.cs.js';

export const TC_079_CS = defineTestCase({
  id: 'TC_079_CS',
  title: 'Get Security Log',
  version: '1.6',
  sut: 'CS',
  profiles,
  // Prerequisite: the Charge Point supports a security profile.
  requires: { securityProfile: [1, 2, 3] },
  covers: ['N01.FR.01', 'N01.FR.03', 'N01.FR.08', 'N01.FR.09'],
  catches: ['security-log-rejected', 'log-uploading-not-reported', 'log-uploaded-not-reported'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const place = await logLocation16(ctx);
    const requestId = Math.floor(Date.now() / 1000) % 1_000_000;
    let ended = true;
    try {
      // 1. GetLog.req, logType SecurityLog, log.remoteLocation <Configured log location>. 2. GetLog.conf Accepted.
      const res = await sut.call('GetLog', { logType: 'SecurityLog', requestId, log: { remoteLocation: place.location } }, { requirement: 'N01.FR.01' });
      ended = res.status !== 'Accepted' && res.status !== 'AcceptedCanceled';
      expect(res.status, 'N01.FR.03: step 2 GetLog.conf status').to.equal('Accepted');
      // 3. [upload starts] LogStatusNotification.req Uploading. 5. [upload finished] LogStatusNotification.req Uploaded.
      const uploading = await nextLogStatus16(ctx, { timeoutMs: ctx.ics.timeouts.bootMs, requirement: 'N01.FR.08', describe: '(step 3: Uploading)' });
      if (uploading.status !== 'Uploading') ended = true;
      expect(uploading.status, 'N01.FR.08: step 3 LogStatusNotification.req status').to.equal('Uploading');
      const uploaded = await nextLogStatus16(ctx, { timeoutMs: ctx.ics.timeouts.bootMs, requirement: 'N01.FR.09', describe: '(step 5: Uploaded)' });
      ended = true;
      expect(uploaded.status, 'N01.FR.09: step 5 LogStatusNotification.req status').to.equal('Uploaded');
      // Expected behaviour: the security log is at the log.remoteLocation of step 1.
      await securityLogSeen(ctx, place, res.filename);
    } finally {
      await settleLog16(ctx, ended);
    }
  },
});
