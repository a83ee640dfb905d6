import { adviseOnFailure, defineTestCase } from '../../kit.js';
import { checkIntervals, checkMeterValue, checkSigned, core, firstContext, listVariable, seconds, sendDuringIdle, setting, txEndedMeterValues } from './steps.cs.js';

export const TC_J_04_CS = defineTestCase({
  id: 'TC_J_04_CS',
  title: 'Clock-aligned Meter Values - Signed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-40 and C-42')],
  covers: ['J01', 'J01.FR.21'],
  catches: ['aligned-unsigned', 'aligned-tx-ended-missing'],
  async run(ctx) {
    const interval = seconds(ctx, 'alignedTxEndedIntervalMs');
    // Before: AlignedDataTxEndedInterval is <Configured clock-aligned_tx_ended_meter_values_interval>, AlignedDataSendDuringIdle false
    // (if implemented), AlignedDataSignReadings true.
    const configuration = [setting('AlignedDataCtrlr', 'TxEndedInterval', String(interval)), sendDuringIdle(false), setting('AlignedDataCtrlr', 'SignReadings', 'true')];
    const measurands = await listVariable(ctx, 'AlignedDataCtrlr', 'TxEndedMeasurands');
    const meterValues = await txEndedMeterValues(ctx, configuration, interval, 'J01.FR.21');
    // Post scenario: the clock-aligned meter values (the sampled TxEndedMeasurands may come too: they are not emptied here)
    // carry an element per AlignedDataTxEndedMeasurands, an interval apart, each with its signedMeterValue.
    const clock = meterValues.filter((mv) => firstContext(mv) === 'Sample.Clock');
    ctx.expect(clock.length, 'J01.FR.21: TransactionEventRequest (Ended) meterValue with sampledValue[0].context Sample.Clock').to.be.greaterThan(0);
    for (const mv of clock) {
      checkMeterValue(ctx, mv, 'Sample.Clock', measurands, 'J01.FR.21: TransactionEventRequest (Ended) meterValue');
      checkSigned(ctx, mv, 'J01.FR.21: TransactionEventRequest (Ended) meterValue');
    }
    // Part 6 writes this one "should" for J_04 (its unsigned twin J_03 says "must"); the signature above is the case's own
    // requirement (J01.FR.21 SHALL) and stays graded, the spacing of the moments is an advisory here.
    await adviseOnFailure(ctx, async () => checkIntervals(ctx, clock.map((mv) => mv.timestamp), interval, 'TransactionEventRequest (Ended) meterValue timestamps'));
  },
});
