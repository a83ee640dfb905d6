import { defineTestCase } from '../../kit.js';
import { evConnectedPostSession, evDisconnected } from '../_shared/states.csms.js';

export const TC_E_14_CSMS = defineTestCase({
  id: 'TC_E_14_CSMS',
  title: 'Stop transaction options - EVDisconnected - Charging Station side',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E06(S2)', 'E06.FR.02'],
  catches: ['tx-stop-only-authorized'],
  async run(ctx) {
    // Before: Reusable State EVConnectedPostSession.
    await evConnectedPostSession(ctx);
    // 1. Reusable State EVDisconnected (unplugged at the station: Ended, EVCommunicationLost).
    await evDisconnected(ctx, { requirement: 'E06.FR.02' });
  },
});
