import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, core, txStartPoint } from './steps.cs.js';

// Errata 2025-09 6.2.44 applied: Authorized (remote), EVConnectedPreSession, then Reusable State EnergyTransferStarted (step 3).
export const TC_E_13_CS = defineTestCase({
  id: 'TC_E_13_CS',
  title: 'Start transaction options - Authorized - Remote',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.2')],
  covers: ['E01(S3)', 'F02', 'E01.FR.03', 'F01.FR.03', 'F01.FR.04', 'F01.FR.06', 'F01.FR.19', 'F02.FR.01'],
  catches: ['remote-start-rejected', 'tx-no-idtoken', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('Authorized'), ...AUTH_ENABLED] }, async () => {
      // 1. Execute Reusable State Authorized (remote): RequestStartTransaction Accepted, TransactionEvent Started (RemoteStart, remoteStartId).
      const started = await authorized(ctx, { mode: 'remote' });
      ctx.expect(started?.eventType, 'E01.FR.03: TransactionEventRequest eventType after the remote start').to.equal('Started');
      // 2. Execute Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
