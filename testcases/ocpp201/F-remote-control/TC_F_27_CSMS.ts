import { adviseOnFailure, adviseUnless, defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_F_27_CSMS = defineTestCase({
  id: 'TC_F_27_CSMS',
  title: 'Trigger message - NotImplemented',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F06', 'F06.FR.08'],
  // Tool validations N/a: a CSMS that takes NotImplemented badly is only advised about.
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  advises: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    const { sut } = ctx;
    // 1-2. The CSMS sends a TriggerMessageRequest; the OCTT answers NotImplemented.
    await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'NotImplemented' as const }), { hint: { requestedMessage: 'Heartbeat' } });
    // Beyond the tool validations: the CSMS takes the answer (no repeat, the connection stays).
    await adviseOnFailure(ctx, () => sut.expectNoCall('TriggerMessage', ctx.ics.timeouts.messageMs, { requirement: 'F06.FR.08', describe: 'again after NotImplemented' }));
    adviseUnless(ctx, sut.isConnected(), 'the CSMS closed the connection after TriggerMessageResponse NotImplemented', 'F06.FR.08');
  },
});
