import { adviseOnFailure, adviseUnless, defineTestCase } from '../../kit.js';
import { logRequested } from './steps.getlog.csms.js';

export const TC_N_34_CSMS = defineTestCase({
  id: 'TC_N_34_CSMS',
  title: 'Retrieve Log Information - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['N01', 'N01.FR.05'],
  // Tool validations N/a: a CSMS that takes the Rejected badly is only advised about.
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  advises: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    const { sut } = ctx;
    // 1. GetLogRequest (not validated), 2. the OCTT responds Rejected.
    await logRequested(ctx, { answer: 'Rejected' });
    // Beyond the tool validations: the CSMS takes the answer (no repeat, the connection stays).
    await adviseOnFailure(ctx, () => sut.expectNoCall('GetLog', ctx.ics.timeouts.messageMs, { requirement: 'N01.FR.05', describe: 'again after Rejected' }));
    adviseUnless(ctx, sut.isConnected(), 'the CSMS closed the connection after GetLogResponse Rejected', 'N01.FR.05');
  },
});
