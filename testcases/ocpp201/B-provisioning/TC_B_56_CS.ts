import { defineTestCase } from '../../kit.js';
import { cv } from './steps.cs.js';
import { customReport } from './steps.reports.cs.js';

export const TC_B_56_CS = defineTestCase({
  id: 'TC_B_56_CS',
  title: 'Get Custom Report - with component/variable, but no evseId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14', 'B08.FR.23'],
  catches: ['report-absent-fields-match-none'],
  async run(ctx) {
    // 1-4. GetReport EVSE.AvailabilityState without evse: one entry per EVSE.
    const data = await customReport(ctx, { componentVariable: [cv('EVSE', 'AvailabilityState')] });
    ctx.expect(data.every((d) => d.component.name === 'EVSE' && d.variable.name === 'AvailabilityState'), 'B08.FR.11: only EVSE AvailabilityState is reported').to.equal(true);
    const ids = data.map((d) => d.component.evse?.id).filter((id): id is number => id !== undefined).sort((a, b) => a - b);
    ctx.expect(ids, 'B08.FR.23: the EVSEs reported').to.deep.equal(ctx.ics.evses.map((e) => e.id).sort((a, b) => a - b));
  },
});
