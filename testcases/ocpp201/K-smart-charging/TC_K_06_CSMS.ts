import { defineTestCase } from '../../kit.js';
import { clearSent, expectClearCriteria, kSettings, verifier } from './steps.csms.js';

export const TC_K_06_CSMS = defineTestCase({
  id: 'TC_K_06_CSMS',
  title: 'Clear Charging Profile - With stackLevel/purpose combination for one profile',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K10', 'K10.FR.02'],
  catches: ['clear-criteria-no-stack-level'],
  async run(ctx) {
    const s = kSettings(ctx);
    // Manual Action, 1-2. ClearChargingProfileRequest for TxDefaultProfile, the configured EVSE and stackLevel; Accepted.
    const req = await clearSent(ctx, { chargingProfileCriteria: { chargingProfilePurpose: 'TxDefaultProfile', evseId: s.evseId, stackLevel: s.stackLevel } }, 'Accepted');
    // Tool validations, step 1 (errata 2025-09, 6.3.13).
    expectClearCriteria(verifier(ctx), s, req);
  },
});
