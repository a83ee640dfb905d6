import { defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted } from '../_shared/states.csms.js';

export const TC_E_04_CSMS = defineTestCase({
  id: 'TC_E_04_CSMS',
  title: 'Local start transaction - Authorization first - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03', 'E03.FR.02'],
  catches: ['tx-no-idtokeninfo'],
  async run(ctx) {
    // 1. Reusable State Authorized (Started with the idToken; the CSMS returns its status, E03.FR.02).
    await authorized(ctx, { requirement: 'E03.FR.02' });
    // 2. Reusable State EnergyTransferStarted (cable plugged in, then charging).
    await energyTransferStarted(ctx, { requirement: 'E03.FR.02' });
  },
});
