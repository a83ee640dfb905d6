import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { endWithSamples } from './steps.csms.js';

export const TC_J_03_CSMS = defineTestCase({
  id: 'TC_J_03_CSMS',
  title: 'Clock-aligned Meter Values - EventType Ended',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J01', 'J02.FR.19'],
  catches: ['tx-ended-samples-refused'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1. Execute Reusable State EVDisconnected after the <Configured transaction duration>: the TransactionEvent Ended
    //    carries the clock-aligned readings (Sample.Clock) taken every <Configured clock-aligned Tx ended interval>
    await endWithSamples(ctx, 'alignedTxEndedIntervalMs', 'Sample.Clock', false);
  },
});
