import { defineTestCase } from '../../kit.js';
import { core, LOCAL_START, localStartRefused } from './steps.cs.js';

export const TC_C_02_CS = defineTestCase({
  id: 'TC_C_02_CS',
  title: 'Local start transaction - Authorization Invalid/Unknown',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${LOCAL_START}`)],
  covers: ['C01', 'C01.FR.02'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    // Present the configured invalid idToken in EVConnectedPreSession; the OCTT answers Invalid; no TransactionEvent follows.
    await localStartRefused(ctx, 'invalid', 'Invalid');
  },
});
