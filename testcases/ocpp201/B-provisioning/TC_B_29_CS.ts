import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';

export const TC_B_29_CS = defineTestCase({
  id: 'TC_B_29_CS',
  title: 'Reset EVSE - With ongoing transaction - Not Supported',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-13' }],
  covers: ['B11', 'B12.FR.01', 'B12.FR.09'],
  catches: ['evse-reset-unsupported-accepted'],
  async run(ctx) {
    await transactionCase(ctx, {}, async (s) => {
      // Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
      // 1-2. ResetRequest OnIdle for the EVSE: Rejected.
      const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId: s.evseId });
      ctx.expect(res.status, 'B12.FR.09: ResetResponse status').to.equal('Rejected');
    });
  },
});
