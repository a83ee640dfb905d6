import { defineTestCase } from '../../kit.js';
import { baseReport, checkCharacteristics, checkReported, requiredVariables } from './steps.reports.cs.js';

export const TC_B_13_CS = defineTestCase({
  id: 'TC_B_13_CS',
  title: 'Get Base Report - FullInventory',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.08', 'B07.FR.10', 'B07.FR.12'],
  catches: ['full-inventory-missing-hardware', 'report-wrong-request-id', 'report-seqno-from-one'],
  async run(ctx) {
    const data = await baseReport(ctx, 'FullInventory');
    // Post scenario: characteristics present; the required charging infrastructure and controller variables reported.
    checkCharacteristics(ctx, data, 'B07.FR.08');
    checkReported(ctx, data, requiredVariables(ctx), 'B07.FR.08');
  },
});
