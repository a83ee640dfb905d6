import { defineTestCase } from '../../kit.js';

export const TC_N_05_CS = defineTestCase({
  id: 'TC_N_05_CS',
  title: 'Set Monitoring Base - success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N03', 'N03.FR.01'],
  catches: ['monitoring-base-factory-unsupported'],
  async run(ctx) {
    // 1-6. SetMonitoringBase All, FactoryDefault, HardWiredOnly: each Accepted, statusInfo absent or NoError (validated).
    for (const monitoringBase of ['All', 'FactoryDefault', 'HardWiredOnly'] as const) {
      const res = await ctx.sut.call('SetMonitoringBase', { monitoringBase }, { requirement: 'N03.FR.01' });
      ctx.expect(res.status, `N03.FR.01: SetMonitoringBaseResponse status for ${monitoringBase}`).to.equal('Accepted');
      if (res.statusInfo) ctx.expect(res.statusInfo.reasonCode, 'N03.FR.01: SetMonitoringBaseResponse statusInfo.reasonCode').to.equal('NoError');
    }
    // Afterwards the station monitors as its factory default again (not graded; HardWiredOnly left only hard-wired monitors).
    await ctx.sut.callRaw('SetMonitoringBase', { monitoringBase: 'FactoryDefault' });
  },
});
