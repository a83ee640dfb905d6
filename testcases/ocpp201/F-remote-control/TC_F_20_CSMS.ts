import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_F_20_CSMS = defineTestCase({
  id: 'TC_F_20_CSMS',
  title: 'Trigger message - Heartbeat',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['F06', 'F06.FR.01'],
  catches: ['trigger-heartbeat-mislabelled'],
  async run(ctx) {
    // 1-2. The CSMS sends TriggerMessageRequest (the operator asks it for a Heartbeat); Accepted.
    const trigger = await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'Accepted' as const }), { hint: { requestedMessage: 'Heartbeat' }, requirement: 'F06.FR.01' });
    ctx.expect(trigger.payload.requestedMessage, 'F06.FR.01: TriggerMessageRequest requestedMessage').to.equal('Heartbeat');
    // 3-4. HeartbeatRequest; the CSMS responds.
    await ctx.sut.call('Heartbeat', {}, { requirement: 'G02.FR.03' });
  },
});
