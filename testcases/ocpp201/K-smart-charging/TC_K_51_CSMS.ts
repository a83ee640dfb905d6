import { defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';

export const TC_K_51_CSMS = defineTestCase({
  id: 'TC_K_51_CSMS',
  title: 'Reset / release external charging limit - With ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K13', 'K13.FR.02', 'K13.FR.03'],
  catches: ['charging-limit-unanswered'],
  async run(ctx) {
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. ClearedChargingLimitRequest (chargingLimitSource EMS); the CSMS answers.
    await ctx.sut.call('ClearedChargingLimit', { chargingLimitSource: 'EMS', evseId: chargingSession(ctx).evseId }, { requirement: 'K13.FR.02' });
    // 3-4. TransactionEvent Updated, ChargingRateChanged (K13.FR.03); the CSMS answers. Tool validations N/a.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingRateChanged' });
  },
});
