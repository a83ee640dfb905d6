import { defineTestCase } from '../../kit.js';
import { transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { LOCAL_START, core, stopWhileOffline } from './steps.cs.js';

export const TC_E_44_CS = defineTestCase({
  id: 'TC_E_44_CS',
  title: 'Offline Behaviour - Stop transaction during offline period',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['E08', 'E08.FR.01', 'E08.FR.04', 'E08.FR.05', 'E08.FR.06', 'E08.FR.07', 'E08.FR.08'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      await stopWhileOffline(ctx, s, s.idToken ?? validToken(ctx));
    });
  },
});
