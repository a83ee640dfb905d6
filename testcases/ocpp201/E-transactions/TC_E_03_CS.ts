import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, LOCAL_START, core } from './steps.cs.js';

// --- local start (E02, E03) --------------------------------------------------------------------------

export const TC_E_03_CS = defineTestCase({
  id: 'TC_E_03_CS',
  title: 'Local start transaction - Cable plugin first - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${LOCAL_START}`)],
  covers: ['E02', 'E02.FR.01', 'E02.FR.05', 'E02.FR.06', 'E02.FR.07', 'E02.FR.13', 'E02.FR.15', 'E02.FR.16', 'E02.FR.17', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['wrong-trigger-reason', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1. Execute Reusable State Authorized (local).
      await authorized(ctx, { mode: 'local' });
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
