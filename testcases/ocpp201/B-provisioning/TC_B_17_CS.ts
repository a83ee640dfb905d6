import { defineTestCase } from '../../kit.js';
import { configuredConnector, cv } from './steps.cs.js';
import { checkEvseAvailabilityReport, customReport } from './steps.reports.cs.js';

export const TC_B_17_CS = defineTestCase({
  id: 'TC_B_17_CS',
  title: 'Get Custom Report - with component/variable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03', 'B08.FR.04', 'B08.FR.11', 'B08.FR.12', 'B08.FR.14'],
  catches: ['report-component-variable-ignored', 'report-wrong-request-id'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    // 1-4. GetReport for EVSE #1 AvailabilityState.
    const data = await customReport(ctx, { componentVariable: [cv('EVSE', 'AvailabilityState', undefined, { id: evseId })] });
    checkEvseAvailabilityReport(ctx, data, evseId, 'B08.FR.11');
  },
});
