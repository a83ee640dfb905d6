import { defineTestCase } from '../../kit.js';
import { connectionData, endpointFor, slots } from './steps.cs.js';

export const TC_A_22_CS = defineTestCase({
  id: 'TC_A_22_CS',
  title: 'Upgrade Charging Station Security Profile - Downgrade security profile - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A05', 'B09', 'B09.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['network-profile-accepts-invalid'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const slot = await slots(ctx);
    // 1-2. SetNetworkProfileRequest for the slot not in use, another URL, security profile 1 (errata 2025-02): Rejected.
    const profile = await sut.call('SetNetworkProfile', { configurationSlot: slot.other, connectionData: await connectionData(ctx, endpointFor(ctx, 1, true), 1) });
    expect(profile.status, 'B09.FR.04: SetNetworkProfileResponse status for a lower security profile').to.equal('Rejected');
  },
});
