import { defineTestCase } from '../../kit.js';
import { core } from './steps.cs.js';
import { masterPassStopCase } from './steps.master-pass-stop.cs.js';

// C16 (Part 6 Table 103): on the Master Pass screen (a station with a UI) the user selects to stop the transaction on
// EVSE 1 only; the station stops that one (stoppedReason MasterPass) and every other EVSE still transfers energy.
export const TC_C_48_CS = defineTestCase({
  id: 'TC_C_48_CS',
  title: 'Stop Transaction with a Master Pass - With UI - With UI - Specific transactions',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-07 and (C-30 or C-31 or C-32)')], // Part 5: Master Pass with a UI and a local start option
  covers: ['C16', 'C16.FR.01'],
  catches: ['master-pass-stop-ignored', 'master-pass-wrong-reason', 'master-pass-stops-unselected'],
  run: (ctx) => masterPassStopCase(ctx, 'evse1', 'C16.FR.01'),
});
