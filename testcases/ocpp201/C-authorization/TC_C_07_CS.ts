import { defineTestCase } from '../../kit.js';
import { core, LOCAL_START, localStartRefused } from './steps.cs.js';

export const TC_C_07_CS = defineTestCase({
  id: 'TC_C_07_CS',
  title: 'Local start transaction - Authorization Expired',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${LOCAL_START}`)],
  covers: ['C01', 'C01.FR.02'],
  catches: ['authorize-status-ignored'],
  async run(ctx) {
    // Present the configured expired idToken in EVConnectedPreSession; the OCTT answers Expired; no TransactionEvent follows.
    await localStartRefused(ctx, 'expired', 'Expired');
  },
});
