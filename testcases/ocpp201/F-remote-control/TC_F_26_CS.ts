import { defineTestCase } from '../../kit.js';

export const TC_F_26_CS = defineTestCase({
  id: 'TC_F_26_CS',
  title: 'Trigger message - BootNotification - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-29.6' }],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.17'],
  catches: ['trigger-boot-accepted'],
  async run(ctx) {
    // 1-2. TriggerMessage BootNotification after the station was Accepted: Rejected.
    const res = await ctx.sut.call('TriggerMessage', { requestedMessage: 'BootNotification' }, { requirement: 'F06.FR.17' });
    ctx.expect(res.status, 'F06.FR.17: TriggerMessageResponse status').to.equal('Rejected');
  },
});
