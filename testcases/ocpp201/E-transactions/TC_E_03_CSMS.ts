import { defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/states.csms.js';

export const TC_E_03_CSMS = defineTestCase({
  id: 'TC_E_03_CSMS',
  title: 'Local start transaction - Cable plugin first - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E02', 'E02.FR.02'],
  catches: ['tx-no-idtokeninfo', 'tx-start-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EVConnectedPreSession (the transaction starts on the cable).
    await evConnectedPreSession(ctx);
    // 1. Reusable State Authorized (Updated with the idToken; the CSMS returns its status, E02.FR.02).
    await authorized(ctx, { requirement: 'E02.FR.02' });
    // 2. Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx, { requirement: 'E02.FR.02' });
  },
});
