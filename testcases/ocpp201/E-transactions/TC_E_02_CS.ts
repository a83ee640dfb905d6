import { defineTestCase, type Payload } from '../../kit.js';
import { connectorStatus, later, transactionCase, transactionEvent, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { authorized } from '../_shared/transaction-states.cs.js';
import { core, txStartPoint } from './steps.cs.js';

export const TC_E_02_CS = defineTestCase({
  id: 'TC_E_02_CS',
  title: 'Start transaction options - EnergyTransfer',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.5 and (C-51 or NOT (C-09.1 or C-09.2 or C-09.3 or C-09.4 or C-09.6))')],
  covers: ['E01(S6)', 'E01.FR.06', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['tx-start-point-ignored', 'tx-no-idtoken'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStartPoint('EnergyTransfer')] }, async (s) => {
      // Before: Reusable State Authorized.
      await authorized(ctx);
      // Manual Action: Connect the EV and EVSE. 1-2. The connector becomes Occupied.
      const occupied = connectorStatus(ctx, 'Occupied', 'G01.FR.03');
      // 3-4. The energy transfer starts the transaction.
      const tx = later(transactionEvent(ctx, { describe: '(energy transfer starts)', requirement: 'E01.FR.06' }));
      Object.assign(s, { evConnected: true, evseReported: false });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await occupied;
      const p = await tx;
      expect(p.eventType, 'E01.FR.06: TransactionEventRequest eventType').to.equal('Started');
      expect(p.triggerReason, 'E01.FR.15: TransactionEventRequest triggerReason').to.be.oneOf(['ChargingStateChanged', 'Authorized']);
      expect((p.idToken as Payload | undefined)?.idToken, 'E01.FR.10: TransactionEventRequest idToken.idToken').to.equal(validToken(ctx).idToken);
      expect((p.idToken as Payload | undefined)?.type, 'E01.FR.10: TransactionEventRequest idToken.type').to.equal(validToken(ctx).type);
      expect(txInfo(p).chargingState, 'E01.FR.06: TransactionEventRequest transactionInfo.chargingState').to.equal('Charging');
      s.state = 'EnergyTransferStarted';
    });
  },
});
