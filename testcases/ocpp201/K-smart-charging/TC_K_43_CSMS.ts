import { defineTestCase } from '../../kit.js';
import { kSettings, verifier } from './steps.csms.js';
import { compositeSent } from './steps.reports.csms.js';

export const TC_K_43_CSMS = defineTestCase({
  id: 'TC_K_43_CSMS',
  title: 'Get Composite Schedule - Specific EVSE',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K08', 'K08.FR.01'],
  catches: ['composite-unit-flipped'],
  async run(ctx) {
    // Manual Action, 1-2. GetCompositeScheduleRequest for EVSE 1; Accepted with a 300 s schedule of 10 A (10000 W).
    // Tool validations, step 1: evseId 1, the configured duration and chargingRateUnit.
    await compositeSent(ctx, verifier(ctx), kSettings(ctx), 1);
  },
});
