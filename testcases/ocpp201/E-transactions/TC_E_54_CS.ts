import { defineTestCase } from '../../kit.js';
import { core, evSideDisconnectEnds } from './steps.cs.js';

export const TC_E_54_CS = defineTestCase({
  id: 'TC_E_54_CS',
  title: 'Stop transaction options - EVDisconnected - EV side (not able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-10.1 AND (NOT (NOT C-52 AND (C-10.2 or C-10.3 or C-10.4))) AND (HFS-4 OR ISO 15118 support) AND NOT Product Subtype "Mode 1/2-only Charging Station"')],
  covers: ['E06(S2)', 'E10', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported'],
  async run(ctx) {
    await evSideDisconnectEnds(ctx, ['StoppedByEV', 'EVDisconnected']);
  },
});
