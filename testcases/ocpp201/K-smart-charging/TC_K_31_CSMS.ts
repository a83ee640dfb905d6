import { defineTestCase } from '../../kit.js';
import { kSettings, verifier } from './steps.csms.js';
import { getAndReport } from './steps.reports.csms.js';

export const TC_K_31_CSMS = defineTestCase({
  id: 'TC_K_31_CSMS',
  title: 'Get Charging Profile - No EvseId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Smart Charging', 'ISO 15118 Support'],
  covers: ['K09', 'K09.FR.03'],
  catches: ['report-profiles-unanswered', 'get-profiles-extra-criteria'],
  async run(ctx) {
    const s = kSettings(ctx);
    // Manual Action, 1-2. GetChargingProfilesRequest; Accepted. Tool validations, step 1 (errata 2025-09, 6.3.13).
    // 3-4. The OCTT sends ReportChargingProfilesRequest with the received requestId (one report per EVSE, tbc true on all but the last); the CSMS answers.
    await getAndReport(ctx, verifier(ctx), s, { evseId: 'omit', chargingProfilePurpose: s.purpose, stackLevel: 'omit', chargingLimitSource: 'omit', chargingProfileId: 'omit' });
  },
});
