import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { endWithSamples } from './steps.csms.js';

export const TC_J_10_CSMS = defineTestCase({
  id: 'TC_J_10_CSMS',
  title: 'Sampled Meter Values - EventType Ended',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.19'],
  catches: ['tx-ended-samples-refused'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1. Execute Reusable State EVDisconnected after the <Configured transaction duration>: the TransactionEvent Ended
    //    carries the readings (Sample.Periodic) taken every <Configured sampled Tx ended interval> and the last, Transaction.End.
    await endWithSamples(ctx, 'sampledTxEndedIntervalMs', 'Sample.Periodic', false);
  },
});
