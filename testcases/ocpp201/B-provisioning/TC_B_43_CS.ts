import { defineTestCase } from '../../kit.js';
import { endpoints, messageTimeout } from './steps.cs.js';

export const TC_B_43_CS = defineTestCase({
  id: 'TC_B_43_CS',
  title: 'Set new NetworkConnectionProfile - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.02'],
  catches: ['network-profile-accepts-invalid'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // 1. SetNetworkProfileRequest for configuration slot 999 with the configured connection data.
    const res = await sut.call('SetNetworkProfile', {
      configurationSlot: 999,
      connectionData: {
        messageTimeout: await messageTimeout(ctx), ocppCsmsUrl: endpoints(ctx).active.url, ocppInterface: 'Wired0', ocppTransport: 'JSON', ocppVersion: 'OCPP20',
        securityProfile: ics.securityProfile,
      },
    });
    // 2. Rejected.
    expect(res.status, 'B09.FR.02: SetNetworkProfileResponse status').to.equal('Rejected');
  },
});
