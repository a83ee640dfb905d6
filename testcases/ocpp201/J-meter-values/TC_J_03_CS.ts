import { defineTestCase } from '../../kit.js';
import { checkIntervals, checkMeterValue, firstContext, listVariable, seconds, sendDuringIdle, setting, txEndedMeterValues } from './steps.cs.js';

export const TC_J_03_CS = defineTestCase({
  id: 'TC_J_03_CS',
  title: 'Clock-aligned Meter Values - EventType Ended',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.01', 'J01.FR.02', 'J01.FR.03', 'J01.FR.06', 'J01.FR.07', 'J01.FR.08', 'J01.FR.14', 'J01.FR.15',
    'E06.FR.11', 'E06.FR.17', 'E07.FR.08', 'E07.FR.13', 'E08.FR.09', 'E09.FR.05', 'E10.FR.04', 'E12.FR.07'],
  catches: ['aligned-tx-ended-missing', 'tx-no-meter-values'],
  async run(ctx) {
    const interval = seconds(ctx, 'alignedTxEndedIntervalMs');
    // Before: AlignedDataTxEndedInterval is <Configured clock-aligned_tx_ended_meter_values_interval>, SampledDataTxEndedMeasurands
    // is empty (only clock-aligned values in the Ended event), AlignedDataSendDuringIdle false (if implemented).
    const configuration = [setting('AlignedDataCtrlr', 'TxEndedInterval', String(interval)), setting('SampledDataCtrlr', 'TxEndedMeasurands', ''), sendDuringIdle(false)];
    const measurands = await listVariable(ctx, 'AlignedDataCtrlr', 'TxEndedMeasurands');
    const meterValues = await txEndedMeterValues(ctx, configuration, interval, 'E06.FR.11');
    // Post scenario: sampledValue[0].context Sample.Clock, an element per AlignedDataTxEndedMeasurands; the timestamps an interval apart.
    for (const mv of meterValues) checkMeterValue(ctx, mv, 'Sample.Clock', measurands, 'J01: TransactionEventRequest (Ended) meterValue');
    checkIntervals(ctx, meterValues.filter((mv) => firstContext(mv) === 'Sample.Clock').map((mv) => mv.timestamp), interval, 'J01: TransactionEventRequest (Ended) meterValue timestamps');
  },
});
