import { defineTestCase, type CaseContext } from '../../kit.js';

export const TC_N_19_CS = defineTestCase({
  id: 'TC_N_19_CS',
  title: 'Clear Monitoring - Not found',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N06', 'N06.FR.02'],
  catches: ['clear-unknown-monitor-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Configuration State: the station reports its monitors; the case takes the highest id + 1 (or a preconfigured id: 123456).
    const status = (await sut.call('GetMonitoringReport', { requestId: 6999 })).status;
    const all = status === 'Accepted' ? await monitoringReportAfter(ctx) : [];
    const id = all.length ? Math.max(...all) + 1 : 123456;
    // 1-2. ClearVariableMonitoring for that id: NotFound with that id, statusInfo absent or NotFound (validated).
    const res = await sut.call('ClearVariableMonitoring', { id: [id] }, { requirement: 'N06.FR.02' });
    const r = (res.clearMonitoringResult ?? [])[0];
    expect(r?.status, `N06.FR.02: clearMonitoringResult status for the unknown monitor ${id}`).to.equal('NotFound');
    expect(r?.id, 'N06.FR.02: clearMonitoringResult id').to.equal(id);
    if (r?.statusInfo) expect(r.statusInfo.reasonCode, 'N06.FR.02: clearMonitoringResult statusInfo.reasonCode').to.equal('NotFound');
  },
});

/** The monitor ids of the report the preparation asked for (requestId 6999), not graded. */
async function monitoringReportAfter(ctx: CaseContext<'2.0.1', 'CS'>): Promise<number[]> {
  const ids: number[] = [];
  for (;;) {
    const part = await ctx.sut.expectCall('NotifyMonitoringReport', { filter: (p) => p.requestId === 6999 });
    ids.push(...(part.payload.monitor ?? []).flatMap((m) => (m.variableMonitoring ?? []).map((v) => v.id)));
    if (part.payload.tbc !== true) return ids;
  }
}
