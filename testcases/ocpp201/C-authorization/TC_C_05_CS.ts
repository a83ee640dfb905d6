import { defineTestCase } from '../../kit.js';
import { core, LOCAL_START, localStartRefused } from './steps.cs.js';

// C01 (Part 6 Table 66): a station whose cable lock keeps the EV from connecting before authorization (AQ-2) refuses
// an invalid idToken: no TransactionEventRequest after the AuthorizationRequest.
export const TC_C_05_CS = defineTestCase({
  id: 'TC_C_05_CS',
  title: 'Local start transaction - Authorization invalid - Cable lock',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`${LOCAL_START} and AQ-2`)], // Part 5: (C-30 or C-31 or C-32) and AQ-2
  covers: ['C01', 'C01.FR.02'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    // Configuration State: AuthCtrlr.Enabled true, DisableRemoteAuthorization false (If implemented); no Reusable State.
    // Manual Action: present the configured invalid idToken; 1-2. AuthorizationRequest answered Invalid; no TransactionEvent
    // follows within <Configured message timeout>.
    await localStartRefused(ctx, 'invalid', 'Invalid', { evConnected: false });
  },
});
