import { defineTestCase } from '../../kit.js';
import { cv, getVariables, label, resultFor, sameVariable, type ComponentVariable } from './steps.cs.js';
import { baseReport, customReport, type ReportDatum } from './steps.reports.cs.js';

export const TC_B_16_CS = defineTestCase({
  id: 'TC_B_16_CS',
  title: 'Get Custom Report - with component criteria',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.07', 'B08.FR.09', 'B08.FR.10', 'B08.FR.12', 'B08.FR.13', 'B08.FR.14', 'B06.FR.09'],
  catches: ['report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const { expect } = ctx;
    // The full inventory the post scenario validation compares with (TC_B_13_CS).
    const full = await baseReport(ctx, 'FullInventory');
    // 1-4. GetReport componentCriteria {Enabled}, and its NotifyReport parts.
    const data = await customReport(ctx, { componentCriteria: ['Enabled'] });
    const component = (d: ComponentVariable) => label({ component: d.component, variable: { name: '' } });
    const enabled = (list: ReportDatum[], value: string) => list.filter((d) => d.variable.name === 'Enabled' && d.variableAttribute?.some((a) => a.value === value));
    // Reported Enabled variables are true, and no component whose Enabled is false is reported (B08.FR.09).
    expect(enabled(data, 'false').map(label), 'B08.FR.09: Enabled variables reported with value false').to.deep.equal([]);
    const disabled = new Set(enabled(full, 'false').map(component));
    expect(data.filter((d) => disabled.has(component(d))).map(label), 'B08.FR.09: variables of components whose Enabled is false').to.deep.equal([]);
    // Post scenario: every Enabled = true of the full inventory is in the custom report.
    const missing = enabled(full, 'true').filter((f) => !data.some((d) => sameVariable(d, f)));
    expect(missing.map(label), 'B08.FR.09: Enabled = true variables missing from the custom report').to.deep.equal([]);
    // 5-6. GetVariables for the reported Enabled variables (true) and WriteOnly ones (Rejected, errata 2025-02).
    const writeOnly = data.filter((d) => d.variableAttribute?.some((a) => a.mutability === 'WriteOnly'));
    const toRead = [...enabled(data, 'true'), ...writeOnly];
    const [perMessage] = await getVariables(ctx, [cv('DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables')]);
    const chunk = Math.max(1, Number(perMessage?.attributeValue) || 1);
    for (let i = 0; i < toRead.length; i += chunk) {
      const part = toRead.slice(i, i + chunk);
      const results = await getVariables(ctx, part.map((d) => ({ component: d.component, variable: d.variable })));
      for (const d of part) {
        const r = resultFor(ctx, results, d, 'B06.FR.02');
        if (writeOnly.includes(d)) {
          expect(r.attributeStatus, `B06.FR.09: ${label(d)} (WriteOnly) attributeStatus`).to.equal('Rejected');
          expect(r.attributeValue, `B06.FR.09: ${label(d)} (WriteOnly) attributeValue is omitted`).to.equal(undefined);
        } else {
          expect(r.attributeStatus, `B06.FR.10: ${label(d)} attributeStatus`).to.equal('Accepted');
          expect(r.attributeValue, `B08.FR.09: ${label(d)} attributeValue`).to.equal('true');
        }
      }
    }
  },
});
