import { defineTestCase } from '../../kit.js';
import { later, transactionCase, transactionEvent, txInfo } from '../_shared/charging-session.cs.js';
import { evDisconnected } from '../_shared/transaction-states.cs.js';
import { core, expectEnded, txStopPoint } from './steps.cs.js';

export const TC_E_19_CS = defineTestCase({
  id: 'TC_E_19_CS',
  title: 'Stop transaction options - ParkingBayUnoccupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.5 and (C-52 or NOT (C-10.1 or C-10.2 or C-10.3 or C-10.4))')],
  covers: ['E06(S1)', 'E06.FR.01', 'E06.FR.15'],
  catches: ['tx-stop-point-ignored', 'seqno-gap'],
  async run(ctx) {
    const { expect } = ctx;
    await transactionCase(ctx, { configuration: [txStopPoint('ParkingBayOccupancy')] }, async (s) => {
      // Before: Reusable State EVDisconnected.
      await evDisconnected(ctx);
      // Manual Action: Drive EV out of parking bay. 1-2. The transaction ends.
      const tx = later(transactionEvent(ctx, { describe: '(EV left the parking bay)', requirement: 'E06.FR.01' }));
      s.parked = false;
      await ctx.operator.do('driveOut', { evseId: s.evseId });
      const p = await tx;
      expect(p.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('EVDeparted');
      expect(txInfo(p).stoppedReason, 'E06.FR.01: TransactionEventRequest transactionInfo.stoppedReason').to.equal(s.stoppedRemotely ? 'Remote' : 'Local');
      expectEnded(ctx, p, 'E06.FR.01');
    });
  },
});
