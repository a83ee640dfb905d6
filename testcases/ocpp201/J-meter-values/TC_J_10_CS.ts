import { defineTestCase } from '../../kit.js';
import { checkSampledEnded, listVariable, seconds, setting, txEndedMeterValues } from './steps.cs.js';

export const TC_J_10_CS = defineTestCase({
  id: 'TC_J_10_CS',
  title: 'Sampled Meter Values - EventType Ended',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  // Requirements as corrected by errata 2024-06 (6.2.65).
  covers: ['J02', 'J02.FR.01', 'J02.FR.02', 'J02.FR.03', 'J02.FR.04', 'J02.FR.10', 'E06.FR.11', 'E06.FR.17', 'E07.FR.08', 'E07.FR.13', 'E08.FR.09', 'E09.FR.05', 'E10.FR.04', 'E12.FR.07'],
  catches: ['sampled-tx-ended-missing', 'tx-no-meter-values'],
  async run(ctx) {
    const interval = seconds(ctx, 'sampledTxEndedIntervalMs');
    // Before: SampledDataTxEndedInterval is <Configured sampled_tx_end_meter_values_interval>, AlignedDataTxEndedMeasurands is empty.
    const configuration = [setting('SampledDataCtrlr', 'TxEndedInterval', String(interval)), setting('AlignedDataCtrlr', 'TxEndedMeasurands', '')];
    const measurands = await listVariable(ctx, 'SampledDataCtrlr', 'TxEndedMeasurands');
    const meterValues = await txEndedMeterValues(ctx, configuration, interval, 'E06.FR.11');
    checkSampledEnded(ctx, meterValues, measurands, interval, 'E06.FR.11');
  },
});
