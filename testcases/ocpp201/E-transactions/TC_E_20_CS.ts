import { defineTestCase } from '../../kit.js';
import { core, evSideDisconnectEnds } from './steps.cs.js';

export const TC_E_20_CS = defineTestCase({
  id: 'TC_E_20_CS',
  title: 'Stop transaction options - EVDisconnected - EV side (able to charge IEC 61851-1 EV)',
  version: '2.0.1',
  sut: 'CS',
  // Part 5 has one ')' too many after C-10.2; C.06.1 is C-06.1.
  profiles: [core('(C-10.1 AND (NOT (NOT C-52 AND (C-10.3 or C-10.4)))) AND NOT (NOT C-06.1 AND NOT C-52 AND C-10.2) AND (AQ-9 OR Product Subtype "Mode 1/2-only Charging Station")')],
  covers: ['E06(S2)', 'E10', 'E06.FR.02', 'E06.FR.15'],
  catches: ['ev-disconnect-keeps-transaction', 'ev-disconnect-not-reported', 'seqno-gap'],
  async run(ctx) {
    await evSideDisconnectEnds(ctx, ['EVDisconnected']);
  },
});
