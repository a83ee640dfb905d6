import { defineTestCase } from '../../kit.js';

export const TC_F_20_CS = defineTestCase({
  id: 'TC_F_20_CS',
  title: 'Trigger message - Heartbeat',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  catches: ['trigger-not-sent'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const heartbeat = sut.expectCall('Heartbeat', { requirement: 'F06.FR.10' });
    // 1-2. TriggerMessage Heartbeat: Accepted.
    const res = await sut.call('TriggerMessage', { requestedMessage: 'Heartbeat' }, { requirement: 'F06.FR.05' });
    expect(res.status, 'F06.FR.05: TriggerMessageResponse status').to.equal('Accepted');
    // 3-4. HeartbeatRequest, answered.
    await heartbeat;
  },
});
