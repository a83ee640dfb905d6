import { CaseInconclusive, defineTestCase, type CaseContext } from '../../kit.js';

export const TC_N_44_CS = defineTestCase({
  id: 'TC_N_44_CS',
  title: 'Clear Monitoring - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Device Management', condition: 'AQ-5' }],
  covers: ['N06', 'N06.FR.03'],
  catches: ['hardwired-monitor-cleared'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Charging State (not graded): GetMonitoringReport of every monitor; they should be hard-coded, the first id is used.
    const status = await sut.callRaw('GetMonitoringReport', { requestId: 7600 });
    const monitors = status.kind === 'result' && status.payload.status === 'Accepted' ? await monitoringReportParts(ctx) : [];
    const [id] = monitors;
    if (id === undefined) throw new CaseInconclusive('the station reports no monitor: the case needs a hard-coded one (Prerequisite)');
    // 1-2. ClearVariableMonitoring of that monitor: Rejected (validated).
    const res = await sut.call('ClearVariableMonitoring', { id: [id] }, { requirement: 'N06.FR.03' });
    expect(res.clearMonitoringResult?.[0]?.status, `N06.FR.03: clearMonitoringResult[0] status for the hard-coded monitor ${id}`).to.equal('Rejected');
  },
});

/** The monitor ids of the report asked for with requestId 7600 (not graded), in the order reported. */
async function monitoringReportParts(ctx: CaseContext<'2.0.1', 'CS'>): Promise<number[]> {
  const ids: number[] = [];
  for (;;) {
    const part = await ctx.sut.expectCall('NotifyMonitoringReport', { filter: (p) => p.requestId === 7600 });
    ids.push(...(part.payload.monitor ?? []).flatMap((m) => (m.variableMonitoring ?? []).map((v) => v.id)));
    if (part.payload.tbc !== true) return ids;
  }
}
