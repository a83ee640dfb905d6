import { defineTestCase } from '../../kit.js';
import { energyTransferStarted, evDisconnected } from '../_shared/states.csms.js';

export const TC_E_53_CSMS = defineTestCase({
  id: 'TC_E_53_CSMS',
  title: 'Reset Sequence Number - CSMS accepting seqNo = 0 at start of transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01', 'E01.FR.07'],
  catches: ['tx-seqno-per-station'],
  async run(ctx) {
    // 1. Reusable State EnergyTransferStarted: a new transaction, its Started event with seqNo 0, answered.
    await energyTransferStarted(ctx, { requirement: 'E01.FR.07' });
    // 2. Reusable State EVDisconnected.
    await evDisconnected(ctx);
    // 3. Reusable State EnergyTransferStarted: the next transaction starts at seqNo 0 again, and is answered.
    await energyTransferStarted(ctx, { requirement: 'E01.FR.07' });
    // 4. Reusable State EVDisconnected.
    await evDisconnected(ctx);
  },
});
