import { defineTestCase } from '../../kit.js';
import { core, LOCAL_START, localStartRefused } from './steps.cs.js';

export const TC_C_06_CS = defineTestCase({
  id: 'TC_C_06_CS',
  title: 'Local start transaction - Authorization Blocked',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${LOCAL_START}`)],
  covers: ['C01', 'C01.FR.02'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    // Present the configured blocked idToken in EVConnectedPreSession; the OCTT answers Blocked; no TransactionEvent follows.
    await localStartRefused(ctx, 'blocked', 'Blocked');
  },
});
