import { defineTestCase } from '../../kit.js';
import { core } from './steps.cs.js';
import { masterPassStopCase } from './steps.master-pass-stop.cs.js';

// C16 (Part 6 Table 102): on the Master Pass screen (a station with a UI) the user selects to stop all transactions.
export const TC_C_47_CS = defineTestCase({
  id: 'TC_C_47_CS',
  title: 'Stop Transaction with a Master Pass - With UI - All transactions',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-07 and (C-30 or C-31 or C-32)')], // Part 5: Master Pass with a UI and a local start option
  covers: ['C16', 'C16.FR.01'],
  catches: ['master-pass-stop-ignored', 'master-pass-wrong-reason'],
  run: (ctx) => masterPassStopCase(ctx, 'all', 'C16.FR.01'),
});
