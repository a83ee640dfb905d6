import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, LOCAL_START, core, txStartPoint } from './steps.cs.js';

// Errata 2025-09 6.2.44 applied: Authorized (local), EVConnectedPreSession, then Reusable State EnergyTransferStarted (step 3).
export const TC_E_10_CS = defineTestCase({
  id: 'TC_E_10_CS',
  title: 'Start transaction options - Authorized - Local',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`C-09.2 and ${LOCAL_START}`)],
  covers: ['E01(S3)', 'E01.FR.03', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16', 'C01.FR.02', 'C02.FR.01', 'C06.FR.02'],
  catches: ['tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('Authorized'), ...AUTH_ENABLED] }, async () => {
      // 1. Execute Reusable State Authorized (local): AuthorizeRequest, then TransactionEvent Started (Authorized) with the idToken.
      const started = await authorized(ctx, { mode: 'local' });
      ctx.expect(started?.eventType, 'E01.FR.03: TransactionEventRequest eventType after the authorization').to.equal('Started');
      // 2. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
