import { defineTestCase } from '../../kit.js';
import { transactionCase, txInfo } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { core, txStartPoint } from './steps.cs.js';

// Errata 2025-09 6.2.44 applied: EVConnectedPreSession, Authorized, then Reusable State EnergyTransferStarted (step 3).
export const TC_E_09_CS = defineTestCase({
  id: 'TC_E_09_CS',
  title: 'Start transaction options - EVConnected',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-09.1 and (C-51 or NOT C-09.6)')],
  covers: ['E01(S2)', 'E01.FR.02', 'E01.FR.07', 'E01.FR.10', 'E01.FR.15', 'E01.FR.16'],
  catches: ['wrong-trigger-reason', 'seqno-gap', 'tx-no-idtoken'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [txStartPoint('EVConnected')] }, async () => {
      // Before: Reusable State ParkingBayOccupied.
      await parkingBayOccupied(ctx);
      // 1. Execute Reusable State EVConnectedPreSession: Occupied, then TransactionEvent Started (CablePluggedIn, EVConnected).
      const started = await evConnectedPreSession(ctx);
      ctx.expect(started?.eventType, 'E01.FR.02: TransactionEventRequest eventType when the EV connected').to.equal('Started');
      ctx.expect(txInfo(started ?? {}).chargingState, 'E01.FR.02: TransactionEventRequest transactionInfo.chargingState').to.equal('EVConnected');
      // 2. Execute Reusable State Authorized.
      await authorized(ctx);
      // 3. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
