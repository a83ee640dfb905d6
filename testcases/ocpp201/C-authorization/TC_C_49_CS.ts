import { defineTestCase } from '../../kit.js';
import { core } from './steps.cs.js';
import { masterPassStopCase } from './steps.master-pass-stop.cs.js';

// C16 (Part 6 Table 104): a station without a UI stops all its transactions when a Master Pass is presented.
export const TC_C_49_CS = defineTestCase({
  id: 'TC_C_49_CS',
  title: 'Stop Transaction with a Master Pass - Without UI',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-08 and (C-30 or C-31 or C-32)')], // Part 5: Master Pass without a UI and a local start option
  covers: ['C16', 'C16.FR.02'],
  catches: ['master-pass-stop-ignored', 'master-pass-wrong-reason'],
  run: (ctx) => masterPassStopCase(ctx, 'none', 'C16.FR.02'),
});
