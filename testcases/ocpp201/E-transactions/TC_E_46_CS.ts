import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';

// --- ISO 15118 (E15) --------------------------------------------------------------------------------

export const TC_E_46_CS = defineTestCase({
  id: 'TC_E_46_CS',
  title: 'End of charging process 15118',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['E15', 'E15.FR.04', 'E15.FR.05'],
  catches: ['ev-session-stop-wrong-trigger', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, {}, async (s) => {
      // Before (errata 2025-04): EVConnectedPreSession, Authorized15118 (EIM: the idToken is presented), EnergyTransferStarted.
      await evConnectedPreSession(ctx);
      await authorized(ctx, { mode: 'local' });
      await energyTransferStarted(ctx);
      // The Charging Station receives a SessionStopReq(Terminate) from the EV. 1-2. TransactionEvent StopAuthorized.
      const tx = later(transactionEvent(ctx, { describe: '(EV terminated the session)', requirement: 'E15.FR.04' }));
      await ctx.operator.do('evStopSession', { evseId: s.evseId });
      const p = await tx;
      const ends = ['Authorized', 'PowerPathClosed', 'EnergyTransfer'].some((x) => s.stopPoints.includes(x));
      expect(p.triggerReason, 'E15.FR.04: TransactionEventRequest triggerReason').to.equal('StopAuthorized');
      expect(txInfo(p).chargingState, 'E15.FR.04: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      expect(p.eventType, 'E15.FR.05: TransactionEventRequest eventType').to.equal(ends ? 'Ended' : 'Updated');
      if (ends) expect(txInfo(p).stoppedReason, 'E15.FR.05: TransactionEventRequest transactionInfo.stoppedReason').to.equal('StoppedByEV');
      s.authorized = false;
    });
  },
});
