import { defineTestCase } from '../../kit.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';
import { verifier } from './steps.csms.js';
import { chargingStarted, evSchedule, evScheduleSent, needsSent, txProfileSent } from './steps.iso15118.csms.js';

export const TC_K_55_CSMS = defineTestCase({
  id: 'TC_K_55_CSMS',
  title: 'Charging with load leveling based on High Level Communication - EV charging profile exceeds limits',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['K15', 'K16', 'K17', 'K15.FR.12', 'K15.FR.13', 'K16.FR.07', 'K16.FR.08', 'K17.FR.12', 'K17.FR.13'],
  catches: ['ev-schedule-always-accepted', 'tx-profile-no-transaction'],
  async run(ctx) {
    const verify = verifier(ctx);
    // Before: Reusable States Authorized and EVConnectedPreSession.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    // 1-2. NotifyEVChargingNeedsRequest (the mock EV's needs); tool validation step 2: Accepted.
    await needsSent(ctx, verify, ['Accepted'], 'Step 2');
    // 3-4. The CSMS sends SetChargingProfileRequest (TxProfile); Accepted.
    const profile = await txProfileSent(ctx, verify, 'Step 3', { evse: true, requirement: 'K15.FR.07' });
    // 5-6. NotifyEVChargingScheduleRequest with a schedule beyond the limits of step 3; tool validation step 6: Rejected.
    await evScheduleSent(ctx, verify, evSchedule(profile, 2), 'Rejected', 'Step 6', 'K15.FR.12');
    // 7-8. TransactionEvent ChargingStateChanged, Charging.
    await chargingStarted(ctx);
    // 9-10. The CSMS renegotiates (K15.FR.13): SetChargingProfileRequest (TxProfile); Accepted.
    const renegotiated = await txProfileSent(ctx, verify, 'Step 9', { evse: true, requirement: 'K15.FR.13' });
    // 11-12. NotifyEVChargingScheduleRequest with the schedule of step 9; tool validation step 12: Accepted.
    // (13-14, TransactionEvent ChargingRateChanged, removed by errata 2025-09, 6.3.18.)
    await evScheduleSent(ctx, verify, evSchedule(renegotiated), 'Accepted', 'Step 12', 'K15.FR.11');
  },
});
