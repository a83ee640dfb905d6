import { defineTestCase } from '../../kit.js';
import { checkSampledEnded, checkSigned, core, firstContext, listVariable, seconds, setting, txEndedMeterValues } from './steps.cs.js';

export const TC_J_11_CS = defineTestCase({
  id: 'TC_J_11_CS',
  title: 'Sampled Meter Values - Signed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-42')],
  covers: ['J02', 'J02.FR.21'],
  catches: ['tx-unsigned-meter-values', 'sampled-tx-ended-missing'],
  async run(ctx) {
    const interval = seconds(ctx, 'sampledTxEndedIntervalMs');
    // Before: SampledDataTxEndedInterval is <Configured sampled_tx_ended_meter_values_interval>, SampledDataSignReadings is true.
    const configuration = [setting('SampledDataCtrlr', 'TxEndedInterval', String(interval)), setting('SampledDataCtrlr', 'SignReadings', 'true')];
    const measurands = await listVariable(ctx, 'SampledDataCtrlr', 'TxEndedMeasurands');
    const meterValues = await txEndedMeterValues(ctx, configuration, interval, 'J02.FR.21');
    checkSampledEnded(ctx, meterValues, measurands, interval, 'J02.FR.21');
    // Post scenario: the sampled values carry their signedMeterValue.
    for (const mv of meterValues.filter((v) => firstContext(v) === 'Sample.Periodic' || firstContext(v) === 'Transaction.End')) {
      checkSigned(ctx, mv, 'J02.FR.21: TransactionEventRequest (Ended) meterValue');
    }
  },
});
