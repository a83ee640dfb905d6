import { defineTestCase } from '../../kit.js';
import { CUSTOM_DATA_REQUIREMENT, customDataProfileRequest } from './steps.cs.js';

// Able to receive customData - ChargingProfile (Part 6 Table 421): a SetChargingProfile whose profile and period carry customData.
export const TC_P_04_CS = defineTestCase({
  id: 'TC_P_04_CS', title: 'Able to receive customData - ChargingProfile', version: '2.0.1', sut: 'CS',
  profiles: ['Smart Charging'], covers: ['K01', 'K01.FR.15'], catches: ['custom-data-callerror'],
  async run(ctx) {
    const request = customDataProfileRequest(ctx);
    try {
      // 1-2. SetChargingProfileRequest, TxDefaultProfile with customData on the profile and the period: Accepted.
      const res = await ctx.sut.call('SetChargingProfile', request, { requirement: CUSTOM_DATA_REQUIREMENT });
      ctx.expect(res.status, 'SetChargingProfileResponse status').to.equal('Accepted');
    } finally {
      // Not a Part 6 step: the profile goes again, so later cases find the station as it was.
      if (ctx.sut.isConnected()) await ctx.sut.callRaw('ClearChargingProfile', { chargingProfileId: request.chargingProfile.id }).catch(() => undefined);
    }
  },
});
