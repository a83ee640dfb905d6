import { CaseInconclusive, defineTestCase, type Request } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { monitoringReport } from './steps.cs.js';

type Reported = NonNullable<Request<'2.0.1', 'NotifyMonitoringReport'>['monitor']>[number];

export const TC_N_41_CS = defineTestCase({
  id: 'TC_N_41_CS',
  title: 'Set Variable Monitoring - Return to FactoryDefault',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N03', 'N03.FR.04', 'N04.FR.15'],
  catches: ['factory-default-keeps-override'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const id = configured(ctx, 'preconfiguredMonitorId');
    const find = (monitors: Reported[]) => monitors.flatMap((m) => (m.variableMonitoring ?? []).map((v) => ({ m, v }))).find((x) => x.v.id === id);
    try {
      // Memory State (errata 2025-09): MonitoringBase set to FactoryDefault (not graded).
      await sut.callRaw('SetMonitoringBase', { monitoringBase: 'FactoryDefault' });
      // 1-4. GetMonitoringReport of every monitor: Accepted (validated); the preconfigured monitor <Configured preconfigured monitor id>.
      const found = find(await monitoringReport(ctx, {}, 'Accepted', 'N02.FR.01'));
      if (!found) throw new CaseInconclusive(`the station reports no monitor with the <Configured preconfigured monitor id> ${id}`);
      const { m: preconfigured, v: original } = found;
      const target = { component: preconfigured.component, variable: preconfigured.variable };
      const severity = original.severity < 9 ? original.severity + 1 : 5;
      // 5-6. The monitor overruled by id with another severity: Accepted, its type and component/variable (validated).
      const res = await sut.call('SetVariableMonitoring', {
        setMonitoringData: [{ id, transaction: original.transaction, value: original.value, type: original.type, severity, ...target }],
      }, { requirement: 'N04.FR.15' });
      const r = res.setMonitoringResult?.[0];
      expect(r?.status, 'N04.FR.15: setMonitoringResult[0] status').to.equal('Accepted');
      expect(r?.type, 'N04.FR.15: setMonitoringResult[0] type').to.equal(original.type);
      expect(r?.component.name, 'N04.FR.15: setMonitoringResult[0] component.name').to.equal(target.component.name);
      expect(r?.variable.name, 'N04.FR.15: setMonitoringResult[0] variable.name').to.equal(target.variable.name);
      // 7-10. The report of its component/variable: Accepted, the monitor with the new severity (validated).
      const overruled = find(await monitoringReport(ctx, { componentVariable: [target] }, 'Accepted', 'N04.FR.15'));
      expect(overruled?.v.id, `N04.FR.15: NotifyMonitoringReportRequest monitor variableMonitoring.id ${id}`).to.equal(id);
      expect(overruled?.v.severity, 'N04.FR.15: NotifyMonitoringReportRequest monitor variableMonitoring.severity (overruled)').to.equal(severity);
      // 11-12. SetMonitoringBase FactoryDefault.
      await sut.call('SetMonitoringBase', { monitoringBase: 'FactoryDefault' }, { requirement: 'N03.FR.04' });
      // 13-16. The report again: the preconfigured monitor is back with its own severity (validated).
      const restored = find(await monitoringReport(ctx, { componentVariable: [target] }, 'Accepted', 'N03.FR.04'));
      expect(restored?.v.id, `N03.FR.04: NotifyMonitoringReportRequest monitor variableMonitoring.id ${id}`).to.equal(id);
      expect(restored?.v.severity, 'N03.FR.04: NotifyMonitoringReportRequest monitor variableMonitoring.severity (preconfigured again)').to.equal(original.severity);
    } finally {
      // Not graded: the preconfigured monitor restored whatever happened.
      if (sut.isConnected()) await sut.callRaw('SetMonitoringBase', { monitoringBase: 'FactoryDefault' }).catch(() => undefined);
    }
  },
});
