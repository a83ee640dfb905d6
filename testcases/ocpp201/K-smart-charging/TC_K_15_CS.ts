/** Part 6 Table 267, TC_K_15_CS: Set Charging Profile - Not Supported. */
import { defineTestCase } from '../../kit.js';
import { chargingProfile, sc201 } from './steps.profiles.cs.js';
import { setRequest } from './steps.cs.js';

export const TC_K_15_CS = defineTestCase({
  id: 'TC_K_15_CS',
  title: 'Set Charging Profile - Not Supported',
  version: '2.0.1',
  sut: 'CS',
  // Prerequisite: the Charging Station does not support smart charging (Part 5 does not list the case for the station:
  // it applies to a Core station that does not claim Smart Charging).
  profiles: [{ profile: 'Core', condition: 'not Smart Charging' }],
  covers: ['K01', 'K01.FR.29'],
  catches: ['sc-unsupported-set-answered'],
  async run(ctx) {
    const s = sc201(ctx);
    // 1. SetChargingProfileRequest with chargingProfile.id <Configured chargingProfileId> (a TxDefaultProfile on the configured EVSE).
    const profile = chargingProfile(s, { id: s.profileId, evseId: s.evseId, purpose: 'TxDefaultProfile' });
    const outcome = await ctx.sut.callRaw('SetChargingProfile', setRequest(profile));
    // A profile taken against the step's expectation is not left behind (ungraded).
    if (outcome.kind === 'result' && outcome.payload.status === 'Accepted') {
      await ctx.sut.callRaw('ClearChargingProfile', { chargingProfileId: profile.id } as never).catch(() => undefined);
    }
    // 2. RPC Framework: CALLERROR NotSupported (K01.FR.29 allows NotImplemented too).
    ctx.expect(outcome.kind === 'result' ? `a SetChargingProfileResponse (status ${String(outcome.payload.status)})` : outcome.kind,
      'K01.FR.29: the answer to SetChargingProfileRequest of a station without smart charging').to.equal('error');
    if (outcome.kind === 'error') ctx.expect(outcome.errorCode, 'K01.FR.29: CALLERROR code').to.be.oneOf(['NotSupported', 'NotImplemented']);
  },
});
