import { defineTestCase, type Payload } from '../../kit.js';
import { transactionCase, transactionEvent } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { checkIntervals, checkMeterValue, listVariable, meterValuesOf, seconds, setting } from './steps.cs.js';

/** The OCTT ends after the <Configured transaction duration>; the harness sees at least this many periodic messages. */
const PERIODIC_MESSAGES = 3;

export const TC_J_09_CS = defineTestCase({
  id: 'TC_J_09_CS',
  title: 'Sampled Meter Values - EventType Updated',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.01', 'J02.FR.02', 'J02.FR.03', 'J02.FR.04', 'J02.FR.10', 'J02.FR.11', 'J02.FR.14', 'E02.FR.10', 'E02.FR.11', 'E03.FR.08', 'E03.FR.09',
    'E04.FR.06', 'E04.FR.09', 'E11.FR.03', 'E11.FR.06', 'E12.FR.03', 'E12.FR.06'],
  catches: ['tx-no-meter-values', 'sample-interval-drift'],
  async run(ctx) {
    const interval = seconds(ctx, 'meterValuesIntervalMs');
    // Before: SampledDataTxUpdatedInterval is <Configured sampled Meter Values Updated interval>; Reusable State EnergyTransferStarted.
    await transactionCase(ctx, { configuration: [setting('SampledDataCtrlr', 'TxUpdatedInterval', String(interval))] }, async () => {
      const measurands = await listVariable(ctx, 'SampledDataCtrlr', 'TxUpdatedMeasurands');
      await energyTransferStarted(ctx);
      // 1-2. The station sends TransactionEvents with its periodic samples (clock-aligned ones, MeterValueClock, are not this step's).
      const periodic: Payload[] = [];
      const deadline = Date.now() + configured(ctx, 'transactionDurationMs');
      for (let i = 0; i < 20 && (periodic.length < PERIODIC_MESSAGES || Date.now() < deadline); i += 1) {
        const p = await transactionEvent(ctx, { describe: '(periodic meter values)', requirement: 'J02.FR.11', periodic: true, timeoutMs: 2 * interval * 1000 + ctx.ics.timeouts.messageMs });
        if (p.triggerReason === 'MeterValueClock') continue;
        // Step 1: triggerReason MeterValuePeriodic, sampledValue[0].context Sample.Periodic, an element per SampledDataTxUpdatedMeasurands.
        ctx.expect(p.triggerReason, 'J02.FR.11: TransactionEventRequest triggerReason').to.equal('MeterValuePeriodic');
        for (const mv of meterValuesOf(p)) checkMeterValue(ctx, mv, 'Sample.Periodic', measurands, 'J02.FR.11: TransactionEventRequest meterValue');
        periodic.push(p);
      }
      // Post scenario: the messages' timestamps are a SampledDataTxUpdatedInterval apart.
      checkIntervals(ctx, periodic.map((p) => p.timestamp), interval, 'J02.FR.11: TransactionEventRequest timestamps');
    });
  },
});
