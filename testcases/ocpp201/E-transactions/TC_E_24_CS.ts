import { defineTestCase } from '../../kit.js';
import { core, evSideDeauthorizes } from './steps.cs.js';

export const TC_E_24_CS = defineTestCase({
  id: 'TC_E_24_CS',
  title: 'Disconnect cable on EV-side - Deauthorize transaction - UnlockOnEVSideDisconnect is true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('HFS-1 and C-06.2 and C-12.1 and AQ-9 and NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E09', 'E09.FR.01', 'E09.FR.02', 'E09.FR.04'],
  catches: ['ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    await evSideDeauthorizes(ctx, true);
  },
});
