import { defineTestCase } from '../../kit.js';
import { chargingSession } from '../_shared/charging-session.csms.js';

export const TC_K_50_CSMS = defineTestCase({
  id: 'TC_K_50_CSMS',
  title: 'Reset / release external charging limit - Without ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K13'],
  catches: ['charging-limit-unanswered'],
  async run(ctx) {
    // 1-2. ClearedChargingLimitRequest (chargingLimitSource EMS); the CSMS answers. Tool validations N/a.
    await ctx.sut.call('ClearedChargingLimit', { chargingLimitSource: 'EMS', evseId: chargingSession(ctx).evseId }, { requirement: 'K13.FR.02' });
  },
});
