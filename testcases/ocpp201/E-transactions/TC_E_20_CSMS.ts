import { defineTestCase } from '../../kit.js';
import { energyTransferSuspended, evDisconnected } from '../_shared/states.csms.js';

export const TC_E_20_CSMS = defineTestCase({
  id: 'TC_E_20_CSMS',
  title: 'Stop transaction options - EVDisconnected - EV side (able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S2)', 'E10', 'E06.FR.02'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferSuspended.
    await energyTransferSuspended(ctx);
    // 1. Reusable State EVDisconnected.
    await evDisconnected(ctx, { requirement: 'E06.FR.02' });
  },
});
