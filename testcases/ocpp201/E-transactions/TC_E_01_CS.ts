import { defineTestCase, type Payload } from '../../kit.js';
import { transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { core, txStartPoint } from './steps.cs.js';

// --- start transaction options (E01) --------------------------------------------------------------

// Errata 2025-09 6.2.44 applied: the case runs on to Reusable State EnergyTransferStarted (step 2).
export const TC_E_01_CS = defineTestCase({
  id: 'TC_E_01_CS',
  title: 'Start transaction options - PowerPathClosed',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.4 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.3 or C-09.6))')],
  covers: ['E01(S5)', 'E01.FR.05', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-no-idtoken'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('PowerPathClosed')] }, async () => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // 1. Execute Reusable State EVConnectedPreSession: the power path closes, the transaction starts with the idToken.
      const started = await evConnectedPreSession(ctx);
      ctx.expect(started?.eventType, 'E01.FR.05: TransactionEventRequest eventType when the power path closed').to.equal('Started');
      ctx.expect((started?.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken after authorization').to.equal(validToken(ctx).idToken);
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
