import { defineTestCase } from '../../kit.js';

export const TC_F_27_CS = defineTestCase({
  id: 'TC_F_27_CS',
  title: 'Trigger message - NotImplemented',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT AQ-11' }], // errata 2025-09 (Part 5): NOT AQ-11, was NOT ISO-3
  covers: ['F06', 'F06.FR.08'],
  catches: ['trigger-unknown-accepted'],
  async run(ctx) {
    // 1-2. TriggerMessage SignCombinedCertificate: NotImplemented.
    const res = await ctx.sut.call('TriggerMessage', { requestedMessage: 'SignCombinedCertificate' }, { requirement: 'F06.FR.08' });
    ctx.expect(res.status, 'F06.FR.08: TriggerMessageResponse status').to.equal('NotImplemented');
  },
});
