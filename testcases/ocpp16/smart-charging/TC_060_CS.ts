/** OCTT 1.6 §2.22.5, Table 86: Remote Start Transaction with Charging Profile - Rejected. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { authorizedWithoutCable, connectorOf, validTag } from '../_shared/states.cs.js';
import { chargingProfile, payloadOf, scSettings } from './steps.profiles.js';
import { expectRefused, noProfiles, PROFILE_IDS } from './steps.cs.js';

export const TC_060_CS = defineTestCase({
  id: 'TC_060_CS',
  title: 'Remote Start Transaction with Charging Profile - Rejected',
  version: '1.6',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['5.11'],
  catches: ['remote-start-profile-unchecked'],
  async run(ctx) {
    const s = scSettings(ctx);
    const connectorId = connectorOf(ctx);
    const idTag = validTag(ctx);
    await noProfiles(ctx);
    // 1. RemoteStartTransaction.req whose chargingProfile's purpose is NOT TxProfile.
    const profile = chargingProfile(s, { id: PROFILE_IDS.first, connectorId, purpose: 'TxDefaultProfile', stackLevel: s.stackLevel, duration: s.durationS, kind: 'Relative', periods: [[0, 6]] });
    // 2. RemoteStartTransaction.conf Rejected, or a CallError PropertyConstraintViolation. One that accepts is
    // authorized without a cable: the next case's preconditions end that.
    await expectRefused(ctx, 'RemoteStartTransaction', { connectorId, idTag, chargingProfile: payloadOf(profile) } as Payload, true, '5.11',
      () => authorizedWithoutCable(ctx, idTag));
    await noProfiles(ctx);
  },
});
