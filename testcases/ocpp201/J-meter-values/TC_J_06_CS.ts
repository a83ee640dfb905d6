import { defineTestCase, type Payload } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted, parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { checkMeterValue, core, endedEvent, listVariable, meterValuesOf, seconds, sendDuringIdle, setting } from './steps.cs.js';

/** Step 6 waits <Configured clock-aligned Meter Values interval + 5 seconds>: the 5 s are Part 6's. */
const AFTER_INTERVAL_MS = 5_000;

export const TC_J_06_CS = defineTestCase({
  id: 'TC_J_06_CS',
  title: 'Clock-aligned Meter Values - No Meter Values during transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-28')],
  covers: ['J01', 'J01.FR.19', 'J01.FR.20'],
  catches: ['aligned-during-transaction', 'aligned-wrong-context'],
  async run(ctx) {
    const interval = seconds(ctx, 'alignedDataIntervalMs');
    const wait = interval * 1000 * 2 + ctx.ics.timeouts.messageMs;
    // Before: AlignedDataInterval is <Configured clock-aligned Meter Values interval>, AlignedDataSendDuringIdle true.
    const configuration = [setting('AlignedDataCtrlr', 'Interval', String(interval)), sendDuringIdle(true)];
    await transactionCase(ctx, { configuration }, async () => {
      const measurands = await listVariable(ctx, 'AlignedDataCtrlr', 'Measurands');
      const validate = (p: Payload, step: string) => {
        for (const mv of meterValuesOf(p)) checkMeterValue(ctx, mv, 'Sample.Clock', measurands, `J01.FR.14: MeterValuesRequest (step ${step})`);
      };
      // 1-2. The station sends its clock-aligned Meter Values while idle.
      const first = await ctx.sut.expectCall('MeterValues', { describe: '(clock-aligned, idle)', requirement: 'J01.FR.14', timeoutMs: wait });
      if (!first.answered) first.respond({});
      validate(first.payload, '1');
      // 3. Execute Reusable State EnergyTransferStarted; 4-5: no clock-aligned values while the transaction runs.
      const since = ctx.sut.receivedPayloads('MeterValues').length;
      await energyTransferStarted(ctx);
      // 6. Execute Reusable State ParkingBayUnoccupied after <Configured clock-aligned Meter Values interval + 5 seconds>.
      await ctx.specifiedWait(interval * 1000 + AFTER_INTERVAL_MS, 'Configured clock-aligned Meter Values interval + 5 seconds');
      const during = ctx.sut.receivedPayloads('MeterValues').slice(since);
      await parkingBayUnoccupied(ctx);
      // 7-8. Idle again: clock-aligned Meter Values again.
      const after = await ctx.sut.expectCall('MeterValues', { describe: '(clock-aligned, idle again)', requirement: 'J01.FR.14', timeoutMs: wait, filter: (p) => !during.includes(p) });
      if (!after.answered) after.respond({});
      validate(after.payload, '7');
      // Post scenario: no message reported clock-aligned meter values while the transaction was active (steps 3 and 4).
      // "TransactionEventRequest containing the MeterValue field" is read as clock-aligned values: Started carries its
      // Transaction.Begin values (TxStartedMeasurands, J02) whatever AlignedDataSendDuringIdle says.
      const started = ctx.sut.receivedPayloads('TransactionEvent').find((p) => p.eventType === 'Started');
      const from = Date.parse(String(started?.timestamp ?? ''));
      const to = Date.parse(String(endedEvent(ctx)?.timestamp ?? new Date().toISOString()));
      const inTransaction = (p: Payload) => meterValuesOf(p).some((mv) => { const t = Date.parse(String(mv.timestamp)); return t >= from && t < to; });
      const reported = during.filter((p) => inTransaction(p as Payload));
      ctx.expect(reported.length, 'J01.FR.20: MeterValuesRequest sent while the transaction was active (AlignedDataSendDuringIdle true)').to.equal(0);
      const clockEvents = ctx.sut.receivedPayloads('TransactionEvent').filter((p) => p.triggerReason === 'MeterValueClock');
      ctx.expect(clockEvents.length, 'J01.FR.20: TransactionEventRequest MeterValueClock while the transaction was active (AlignedDataSendDuringIdle true)').to.equal(0);
      // (The timestamps' intervals: one message is awaited per idle period here, so there is no interval to compare.)
    });
  },
});
