import { defineTestCase, idTokenFor } from '../../kit.js';
import { later, transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, core, LOCAL_START, present } from './steps.cs.js';

export const TC_C_04_CS = defineTestCase({
  id: 'TC_C_04_CS',
  title: 'Local Stop Transaction - Different idToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['C01', 'C01.FR.02', 'C01.FR.03', 'E07'],
  catches: ['different-token-stops'],
  async run(ctx) {
    const { sut } = ctx;
    const different = idTokenFor(ctx, 'valid2');
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Memory State: the different idToken is not in the Authorization Cache (nor in a group with the starting one:
      // the OCTT gives no groupIdToken).
      if (ctx.ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      // Before: Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // Manual Action: Present a different idToken. 1-2. AuthorizationRequest, answered Accepted (without a groupIdToken).
      sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
      // Post scenario validation: no TransactionEventRequest(Ended); the OCTT waits <Configured message timeout>.
      const notEnded = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
        requirement: 'C01.FR.03', describe: `Ended after the different idToken ${different.idToken}`, since: Date.now(), filter: (p) => p.eventType === 'Ended',
      }));
      await present(ctx, different);
      await notEnded;
    });
  },
});
