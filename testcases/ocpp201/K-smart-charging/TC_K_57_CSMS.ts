import { defineTestCase } from '../../kit.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';
import { verifier } from './steps.csms.js';
import { evSchedule, evScheduleSent, iso15118SmartCharging, needsSent, txProfileSent } from './steps.iso15118.csms.js';

export const TC_K_57_CSMS = defineTestCase({
  id: 'TC_K_57_CSMS',
  title: 'Renegotiating a Charging Schedule - Initiated by EV',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['K17', 'K17.FR.02', 'K17.FR.03', 'K17.FR.05', 'K17.FR.07', 'K17.FR.11'],
  catches: ['ev-charging-needs-rejected', 'no-profile-after-charging-needs', 'ev-schedule-rejected', 'tx-profile-no-transaction'],
  async run(ctx) {
    const verify = verifier(ctx);
    // Before: Reusable States Authorized, EVConnectedPreSession and ISO15118SmartCharging.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    await iso15118SmartCharging(ctx, verify);
    // 1-2. The EV renegotiates: NotifyEVChargingNeedsRequest; tool validation step 2: Accepted or Processing.
    // (3-4 and 9-10, TransactionEvent ChargingRateChanged, removed by errata 2025-09, 6.3.18.)
    const status = await needsSent(ctx, verify, ['Accepted', 'Processing'], 'Step 2');
    // 5-6. The CSMS sends SetChargingProfileRequest (TxProfile); Accepted (60 s more after Processing).
    const profile = await txProfileSent(ctx, verify, 'Step 5', { evse: true, processing: status === 'Processing', requirement: 'K17.FR.07' });
    // 7-8. NotifyEVChargingScheduleRequest with the schedule of step 5; tool validation step 8: Accepted.
    await evScheduleSent(ctx, verify, evSchedule(profile), 'Accepted', 'Step 8', 'K17.FR.11');
  },
});
