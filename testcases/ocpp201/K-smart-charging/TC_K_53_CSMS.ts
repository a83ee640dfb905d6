import { adviseOnFailure, defineTestCase } from '../../kit.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';
import { verifier } from './steps.csms.js';
import { iso15118SmartCharging } from './steps.iso15118.csms.js';

export const TC_K_53_CSMS = defineTestCase({
  id: 'TC_K_53_CSMS',
  title: 'Charging with load leveling based on High Level Communication - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K15.FR.02', 'K15.FR.03', 'K15.FR.05', 'K15.FR.07', 'K15.FR.11'],
  catches: ['ev-charging-needs-rejected', 'no-profile-after-charging-needs', 'ev-schedule-rejected', 'renegotiates-without-cause'],
  // Errata 2025-09 (6.3.17) step 2 has no tool validation: a renegotiation without cause is an advisory.
  advises: ['renegotiates-without-cause'],
  async run(ctx) {
    // Before: Reusable States Authorized and EVConnectedPreSession.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    // 1. Execute Reusable State ISO15118SmartCharging (its tool validations).
    await iso15118SmartCharging(ctx, verifier(ctx));
    // 2. (errata 2025-09, 6.3.17) The CSMS does NOT send a SetChargingProfileRequest: no renegotiation without cause.
    await adviseOnFailure(ctx, () => ctx.sut.expectNoCall('SetChargingProfile', ctx.ics.timeouts.messageMs, { requirement: 'K15', describe: 'without cause after the accepted EV schedule' }));
  },
});
