import { defineTestCase, type Payload } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { configuredNetworkProfile } from './steps.csms.js';

export const TC_B_42_CSMS = defineTestCase({
  id: 'TC_B_42_CSMS',
  title: 'Set new NetworkConnectionProfile - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.01'],
  catches: ['network-profile-wrong-security'],
  async run(ctx) {
    const { expect } = ctx;
    const configured = configuredNetworkProfile(ctx);
    // 1-2. The CSMS sends SetNetworkProfileRequest; the station accepts.
    const call = await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Accepted' as const }), { hint: configured });
    expect(call.payload.configurationSlot, 'B09.FR.01: SetNetworkProfileRequest configurationSlot').to.equal(configured.configurationSlot);
    const data: Payload = { ...call.payload.connectionData };
    for (const field of ['messageTimeout', 'ocppCsmsUrl', 'ocppInterface', 'ocppTransport', 'ocppVersion', 'securityProfile']) {
      expect(data[field], `B09.FR.01: SetNetworkProfileRequest connectionData.${field}`).to.equal(configured.connectionData[field]);
    }
  },
});
