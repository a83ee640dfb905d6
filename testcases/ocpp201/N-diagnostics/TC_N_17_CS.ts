import { defineTestCase } from '../../kit.js';

export const TC_N_17_CS = defineTestCase({
  id: 'TC_N_17_CS',
  title: 'Set Monitoring Level - Out of range',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N05', 'N05.FR.02'],
  catches: ['monitoring-level-out-of-range-accepted'],
  async run(ctx) {
    try {
      // 1-2. severity 10: Rejected (ValueOutOfRange / ValueTooHigh); 3-4. severity -1: Rejected (ValueOutOfRange / ValueTooLow) (validated).
      for (const [severity, reason] of [[10, 'ValueTooHigh'], [-1, 'ValueTooLow']] as const) {
        // Unchecked: -1 is outside what a CSMS would send, on purpose.
        const res = await ctx.sut.callUnchecked('SetMonitoringLevel', { severity }, { requirement: 'N05.FR.02' }) as { status?: string; statusInfo?: { reasonCode?: string } };
        ctx.expect(res.status, `N05.FR.02: SetMonitoringLevelResponse status for severity ${severity}`).to.equal('Rejected');
        if (res.statusInfo) ctx.expect(res.statusInfo.reasonCode, 'N05.FR.02: SetMonitoringLevelResponse statusInfo.reasonCode').to.be.oneOf(['ValueOutOfRange', reason]);
      }
    } finally {
      // Not graded: every severity reported again, should the station have taken an out-of-range level.
      await ctx.sut.callRaw('SetMonitoringLevel', { severity: 9 });
    }
  },
});
