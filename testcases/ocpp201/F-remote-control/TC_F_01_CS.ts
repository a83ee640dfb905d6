import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted, evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, REMOTE_START_AUTH, core } from './steps.cs.js';

export const TC_F_01_CS = defineTestCase({
  id: 'TC_F_01_CS',
  title: 'Remote start transaction - Cable plugin first',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`NOT AQ-2 and ${REMOTE_START_AUTH}`)],
  covers: ['F01', 'F01.FR.03', 'F01.FR.04', 'F01.FR.05', 'F01.FR.13', 'F01.FR.17', 'F01.FR.19', 'F02.FR.01'],
  catches: ['remote-start-rejected', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: AUTH_ENABLED }, async () => {
      // Before: Reusable State EVConnectedPreSession (the EV driver connects first).
      await evConnectedPreSession(ctx);
      // 1. Execute Reusable State Authorized (remote): RequestStartTransaction Accepted (with the running transactionId, F01.FR.04).
      await authorized(ctx, { mode: 'remote' });
      // 2. Execute Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
