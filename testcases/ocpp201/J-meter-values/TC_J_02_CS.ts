import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { checkIntervals, checkMeterValue, clockAlignedReports, listVariable, meterValuesOf, seconds, sendDuringIdle, setting } from './steps.cs.js';

export const TC_J_02_CS = defineTestCase({
  id: 'TC_J_02_CS',
  title: 'Clock-aligned Meter Values - Transaction ongoing',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.01', 'J01.FR.02', 'J01.FR.03', 'J01.FR.06', 'J01.FR.07', 'J01.FR.08', 'J01.FR.14', 'J01.FR.15', 'J01.FR.22'],
  catches: ['aligned-wrong-context', 'aligned-measurands-ignored'],
  async run(ctx) {
    const interval = seconds(ctx, 'alignedDataIntervalMs');
    // Before: AlignedDataInterval is <Configured clock-aligned Meter Values interval>, AlignedDataSendDuringIdle false and
    // (errata 2025-02 6.2.63) RegisterValuesWithoutPhases false, both if implemented.
    const configuration = [setting('AlignedDataCtrlr', 'Interval', String(interval)), sendDuringIdle(false), setting('AlignedDataCtrlr', 'RegisterValuesWithoutPhases', 'false', true)];
    await transactionCase(ctx, { configuration }, async () => {
      const measurands = await listVariable(ctx, 'AlignedDataCtrlr', 'Measurands');
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Steps 1-2 (MeterValues) or 3-4 (TransactionEvent MeterValueClock), in any order, until the transaction duration.
      const reports = await clockAlignedReports(ctx, interval);
      ctx.expect(reports.length, 'J01.FR.22: clock-aligned meter values (MeterValuesRequest or TransactionEventRequest MeterValueClock) during the transaction').to.be.greaterThan(0);
      for (const r of reports) {
        if (r.action === 'TransactionEvent') ctx.expect(r.payload.triggerReason, 'J01.FR.22: TransactionEventRequest triggerReason').to.equal('MeterValueClock');
        const what = `J01.FR.22: ${r.action}Request`;
        // Step 1 / 3: meterValue[0].sampledValue[0].context Sample.Clock, an element per configured AlignedDataMeasurands.
        checkMeterValue(ctx, meterValuesOf(r.payload)[0] ?? {}, 'Sample.Clock', measurands, what);
      }
      // Post scenario: per message kind, the timestamps are an AlignedDataInterval apart.
      for (const action of ['MeterValues', 'TransactionEvent'] as const) {
        const stamps = reports.filter((r) => r.action === action).flatMap((r) => meterValuesOf(r.payload).map((mv) => mv.timestamp));
        checkIntervals(ctx, stamps, interval, `J01.FR.22: ${action}Request timestamps`);
      }
    });
  },
});
