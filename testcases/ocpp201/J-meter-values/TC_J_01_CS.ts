import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { checkIntervals, checkMeterValue, meterValuesOf, listVariable, seconds, setting } from './steps.cs.js';

export const TC_J_01_CS = defineTestCase({
  id: 'TC_J_01_CS',
  title: 'Clock-aligned Meter Values - No transaction ongoing',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.01', 'J01.FR.02', 'J01.FR.03', 'J01.FR.06', 'J01.FR.07', 'J01.FR.08', 'J01.FR.14', 'J01.FR.15'],
  catches: ['aligned-wrong-context', 'aligned-measurands-ignored'],
  async run(ctx) {
    const interval = seconds(ctx, 'alignedDataIntervalMs');
    // Before: Configuration State AlignedDataInterval is <Configured clock-aligned Meter Values interval>.
    await transactionCase(ctx, { configuration: [setting('AlignedDataCtrlr', 'Interval', String(interval))] }, async () => {
      const measurands = await listVariable(ctx, 'AlignedDataCtrlr', 'Measurands');
      // 1-2. The station sends its clock-aligned Meter Values; the OCTT ends after three MeterValues messages.
      const received: object[] = [];
      for (let i = 1; i <= 3; i += 1) {
        const call = await ctx.sut.expectCall('MeterValues', { describe: `(clock-aligned, ${i}/3)`, requirement: 'J01.FR.14', timeoutMs: 2 * interval * 1000 + ctx.ics.timeouts.messageMs });
        if (!call.answered) call.respond({});
        received.push(call.payload);
        // Step 1: sampledValue[0].context Sample.Clock; an element per configured AlignedDataMeasurands.
        for (const mv of meterValuesOf(call.payload)) checkMeterValue(ctx, mv, 'Sample.Clock', measurands, 'J01.FR.14: MeterValuesRequest');
      }
      // Post scenario: the timestamps are an AlignedDataInterval apart (messages of one interval share theirs).
      checkIntervals(ctx, received.flatMap((p) => meterValuesOf(p).map((mv) => mv.timestamp)), interval, 'J01.FR.14: MeterValuesRequest timestamps');
    });
  },
});
