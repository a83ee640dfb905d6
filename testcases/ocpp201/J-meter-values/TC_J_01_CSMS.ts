import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { nextReading, reading } from './steps.csms.js';

/** The OCTT ends the case after it has sent this many MeterValues messages. */
const MESSAGES = 3;

export const TC_J_01_CSMS = defineTestCase({
  id: 'TC_J_01_CSMS',
  title: 'Clock-aligned Meter Values - No transaction ongoing',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.18'],
  catches: ['meter-values-refused'],
  async run(ctx) {
    const intervalMs = configured(ctx, 'alignedDataIntervalMs');
    const evses = [0, ...ctx.ics.evses.map((e) => e.id)];
    // 1-2. Every <Configured clock-aligned Meter Values interval>, for evseId 0 and every configured EVSE, MeterValues with
    //      context Sample.Clock; the CSMS answers each. (Part 6 also lists a NotifyEvent FiscalMetering, Periodic: one
    //      of the ways a station reports its meter, not needed to judge the MeterValuesResponse.)
    let sent = 0;
    while (sent < MESSAGES) {
      const at = await nextReading(ctx, intervalMs, 'Sample.Clock');
      for (const evseId of evses) {
        if (sent >= MESSAGES) break;
        await ctx.sut.call('MeterValues', { evseId, meterValue: [reading(ctx, 'Sample.Clock', at, false)] }, { requirement: 'J01.FR.18' });
        sent += 1;
      }
    }
  },
});
