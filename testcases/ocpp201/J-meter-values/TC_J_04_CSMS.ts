import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { endWithSamples } from './steps.csms.js';

export const TC_J_04_CSMS = defineTestCase({
  id: 'TC_J_04_CSMS',
  title: 'Clock-aligned Meter Values - Signed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.21', 'J02.FR.19'],
  catches: ['tx-ended-samples-refused', 'signed-meter-values-refused'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1. Execute Reusable State EVDisconnected after the <Configured transaction duration>: the TransactionEvent Ended
    //    carries the clock-aligned readings (Sample.Clock) taken every <Configured clock-aligned Tx ended interval>, signed
    await endWithSamples(ctx, 'alignedTxEndedIntervalMs', 'Sample.Clock', true);
  },
});
