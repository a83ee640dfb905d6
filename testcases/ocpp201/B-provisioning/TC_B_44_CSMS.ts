import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { configuredNetworkProfile } from './steps.csms.js';

export const TC_B_44_CSMS = defineTestCase({
  id: 'TC_B_44_CSMS',
  title: 'Set new NetworkConnectionProfile - Failed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.03'],
  catches: ['network-profile-failed-disconnects'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-2. The CSMS sends SetNetworkProfileRequest; setting the profile fails.
    await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Failed' as const }), { hint: configuredNetworkProfile(ctx) });
    // The CSMS handles the Failed answer: the station stays connected and served (a Heartbeat is answered).
    const outcome = sut.isConnected() ? (await sut.callRaw('Heartbeat', {})).kind : 'closed';
    expect(outcome, 'B09.FR.03: the CSMS keeps serving the station after SetNetworkProfileResponse Failed').to.equal('result');
  },
});
