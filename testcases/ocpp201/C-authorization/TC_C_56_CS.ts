import { defineTestCase } from '../../kit.js';
import { core, LOCAL_START, localStartRefused } from './steps.cs.js';

export const TC_C_56_CS = defineTestCase({
  id: 'TC_C_56_CS',
  title: 'Local start transaction - Authorization Unknown',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(LOCAL_START)],
  covers: ['C01', 'C01.FR.02'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    // Present the configured invalid idToken in EVConnectedPreSession; the OCTT answers Unknown; no TransactionEvent follows.
    await localStartRefused(ctx, 'invalid', 'Unknown');
  },
});
