import { defineTestCase } from '../../kit.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';
import { kSettings, profileHint, verifier } from './steps.csms.js';
import { evSchedule, evScheduleSent, iso15118SmartCharging, needsSent, txProfileSent } from './steps.iso15118.csms.js';

export const TC_K_59_CSMS = defineTestCase({
  id: 'TC_K_59_CSMS',
  title: 'Renegotiating a Charging Schedule - Initiated by CSMS - Send NotifyEVChargingNeeds',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['K16', 'K16.FR.12'],
  catches: ['no-profile-after-charging-needs', 'ev-charging-needs-rejected', 'ev-schedule-rejected'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Before: Reusable States Authorized, EVConnectedPreSession and ISO15118SmartCharging.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    await iso15118SmartCharging(ctx, verify);
    // Manual Action, 1-2. The CSMS sends SetChargingProfileRequest (a new TxProfile, 10 A); Accepted. Tool validations, step 1.
    await txProfileSent(ctx, verify, 'Step 1', { evse: true, requirement: 'K16', hint: profileHint(s, s.evseId, { purpose: 'TxProfile', limitA: 10 }) });
    // 3-4. The station sends the EV's needs again: NotifyEVChargingNeedsRequest; tool validation step 4: Accepted or Processing.
    const status = await needsSent(ctx, verify, ['Accepted', 'Processing'], 'Step 4');
    // 5-6. The CSMS sends SetChargingProfileRequest again (K16.FR.12); Accepted (60 s more after Processing). Tool validations, step 5.
    const profile = await txProfileSent(ctx, verify, 'Step 5', { evse: true, processing: status === 'Processing', requirement: 'K16.FR.12' });
    // 7-8. NotifyEVChargingScheduleRequest; tool validation step 8: Accepted. (9-10 removed by errata 2025-09, 6.3.18.)
    await evScheduleSent(ctx, verify, evSchedule(profile), 'Accepted', 'Step 8', 'K16.FR.06');
  },
});
