import { defineTestCase } from '../../kit.js';
import { authorized, evConnectedPreSession } from '../_shared/states.csms.js';
import { kSettings, profileHint, verifier } from './steps.csms.js';
import { evSchedule, evScheduleSent, iso15118SmartCharging, txProfileSent } from './steps.iso15118.csms.js';

export const TC_K_58_CSMS = defineTestCase({
  id: 'TC_K_58_CSMS',
  title: 'Renegotiating a Charging Schedule - Initiated by CSMS',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['ISO 15118 Support'],
  covers: ['K16', 'K16.FR.06'],
  catches: ['ev-schedule-rejected', 'tx-profile-no-transaction'],
  async run(ctx) {
    const s = kSettings(ctx);
    const verify = verifier(ctx);
    // Before: Reusable States Authorized, EVConnectedPreSession and ISO15118SmartCharging.
    await authorized(ctx);
    await evConnectedPreSession(ctx);
    await iso15118SmartCharging(ctx, verify);
    // Manual Action, 1-2. The CSMS sends SetChargingProfileRequest (a new TxProfile, 10 A); Accepted. Tool validations, step 1.
    const profile = await txProfileSent(ctx, verify, 'Step 1', { evse: true, requirement: 'K16', hint: profileHint(s, s.evseId, { purpose: 'TxProfile', limitA: 10 }) });
    // 3-4. NotifyEVChargingScheduleRequest with the new schedule; tool validation step 4: Accepted.
    // (5-6, TransactionEvent ChargingRateChanged, removed by errata 2025-09, 6.3.18.)
    await evScheduleSent(ctx, verify, evSchedule(profile), 'Accepted', 'Step 4', 'K16.FR.06');
  },
});
