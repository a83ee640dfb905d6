import { defineTestCase } from '../../kit.js';
import { kSettings, verifier } from './steps.csms.js';
import { compositeSent } from './steps.reports.csms.js';

export const TC_K_44_CSMS = defineTestCase({
  id: 'TC_K_44_CSMS',
  title: 'Get Composite Schedule - Charging Station',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.01'],
  catches: ['composite-unit-flipped'],
  async run(ctx) {
    // Manual Action, 1-2. GetCompositeScheduleRequest for the Charging Station (EVSE 0); Accepted with a 300 s schedule of 10 A (10000 W).
    // Tool validations, step 1: evseId 0, the configured duration and chargingRateUnit.
    await compositeSent(ctx, verifier(ctx), kSettings(ctx), 0);
  },
});
