import { defineTestCase } from '../../kit.js';
import { chargingSession } from '../_shared/charging-session.csms.js';

export const TC_K_48_CSMS = defineTestCase({
  id: 'TC_K_48_CSMS',
  title: 'Set / Update External Charging Limit (not on a transaction)',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['K12'],
  catches: ['charging-limit-unanswered'],
  async run(ctx) {
    // 1-2. NotifyChargingLimitRequest (chargingLimitSource EMS) for the configured EVSE; the CSMS answers. Tool validations N/a.
    await ctx.sut.call('NotifyChargingLimit', { evseId: chargingSession(ctx).evseId, chargingLimit: { chargingLimitSource: 'EMS', isGridCritical: false } }, { requirement: 'K12' });
  },
});
