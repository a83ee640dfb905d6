import { defineTestCase } from '../../kit.js';
import { cv } from './steps.cs.js';
import { baseReport, checkCharacteristics, checkReported } from './steps.reports.cs.js';

export const TC_B_14_CS = defineTestCase({
  id: 'TC_B_14_CS',
  title: 'Get Base Report - SummaryInventory',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.8): also an optional part of Core, with C-56.
  profiles: ['Advanced Device Management', { profile: 'Core', condition: 'C-56' }],
  covers: ['B07', 'B07.FR.01', 'B07.FR.03', 'B07.FR.04', 'B07.FR.09', 'B07.FR.10', 'B07.FR.12'],
  catches: ['summary-inventory-incomplete', 'report-wrong-request-id'],
  async run(ctx) {
    const data = await baseReport(ctx, 'SummaryInventory');
    // Post scenario: characteristics and valuesList present; AvailabilityState of the station and of every EVSE.
    checkCharacteristics(ctx, data, 'B07.FR.09');
    checkReported(ctx, data, [
      cv('ChargingStation', 'AvailabilityState'),
      ...ctx.ics.evses.map((e) => cv('EVSE', 'AvailabilityState', undefined, { id: e.id })),
    ], 'B07.FR.09');
  },
});
