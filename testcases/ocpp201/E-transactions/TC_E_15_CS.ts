import { defineTestCase } from '../../kit.js';
import { configuredMs, later, transactionCase, transactionEvent, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

export const TC_E_15_CS = defineTestCase({
  id: 'TC_E_15_CS',
  title: 'Stop transaction options - StopAuthorized - Local',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.2 and (C-30 or C-31 or C-32 or C-35)')],
  covers: ['E06(S3)', 'E06.FR.03', 'E06.FR.15'],
  catches: ['local-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('Authorized')] }, async (s) => {
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // The tool waits <Configured Transaction Duration>.
      await ctx.specifiedWait(configuredMs(ctx, 'transactionDurationMs'), 'Configured Transaction Duration');
      // Manual Action: Present IdToken to stop charging session. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(stop authorized)', requirement: 'E06.FR.03' }));
      const token = s.idToken ?? validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('StopAuthorized');
      expect(txInfo(p).stoppedReason, 'E06.FR.03: TransactionEventRequest transactionInfo.stoppedReason').to.equal('Local');
      expectEnded(ctx, p, 'E06.FR.03');
      s.authorized = false;
    });
  },
});
