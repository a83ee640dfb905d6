import { defineTestCase } from '../../kit.js';
import { connectorStatus, later, transactionCase, transactionEvent, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, core, expectEnded, stopTxOnEvSideDisconnect, txStopPoint, unlockOnEvSideDisconnect, unplugAtEv, unplugAtStation } from './steps.cs.js';

export const TC_E_17_CS = defineTestCase({
  id: 'TC_E_17_CS',
  title: 'Stop transaction options - Deauthorized - EV side disconnect',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2024-09 (5.13): only with TxStopPoint Authorized, without EVConnected / PowerPathClosed / EnergyTransfer.
  profiles: [core('C-10.2 and C-06.2 and AQ-9 and NOT (NOT C-52 AND (C-10.1 OR C-10.3 OR C-10.4))')],
  covers: ['E06(S3)', 'E06.FR.04', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [txStopPoint('Authorized'), stopTxOnEvSideDisconnect(true), unlockOnEvSideDisconnect(false), ...AUTH_ENABLED];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Before: the EV charges (Reusable State EnergyTransferStarted).
      await energyTransferStarted(ctx);
      // Manual Action: Disconnect the EV and EVSE on EV side. 1-2. The deauthorized transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV side disconnected)', requirement: 'E06.FR.04' }));
      await unplugAtEv(ctx, s);
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVCommunicationLost');
      expect(txInfo(p).chargingState, 'E02.FR.13: TransactionEventRequest transactionInfo.chargingState').to.equal('Idle');
      expect(txInfo(p).stoppedReason, 'E06.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('EVDisconnected');
      expectEnded(ctx, p, 'E06.FR.04');
      s.authorized = false;
      if (s.cableInSocket) {
        // Manual Action: Present the IdToken that was used to start the transaction (detachable cable, UnlockOnEVSideDisconnect false).
        const token = s.idToken ?? validToken(ctx);
        await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
        // Manual Action: Disconnect the EV and EVSE on Charging Station side. 3-4. The connector becomes Available.
        const available = connectorStatus(ctx, 'Available', 'G01.FR.04');
        await unplugAtStation(ctx, s);
        await available;
      }
    });
  },
});
