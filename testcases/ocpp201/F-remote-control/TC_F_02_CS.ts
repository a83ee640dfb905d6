import { CaseNotApplicable, defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { AUTH_ENABLED, REMOTE_START_AUTH, authorizeRemoteStart, core } from './steps.cs.js';

export const TC_F_02_CS = defineTestCase({
  id: 'TC_F_02_CS',
  title: 'Remote start transaction - Remote start first - AuthorizeRemoteStart is true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core(`C-48.1 and ${REMOTE_START_AUTH}`)],
  covers: ['F02', 'F02.FR.01', 'F01.FR.01'],
  catches: ['remote-start-rejected', 'seqno-gap'],
  async run(ctx) {
    await transactionCase(ctx, { configuration: [...AUTH_ENABLED, authorizeRemoteStart(true)] }, async (s) => {
      // AuthorizeRemoteStart ReadOnly with the other value is outside the prerequisite: not this case.
      if (s.authorizeRemoteStart !== true) throw new CaseNotApplicable('AuthCtrlr.AuthorizeRemoteStart cannot be set to true (Prerequisite)');
      // Before: Reusable State ParkingBayOccupied (optional; Authorized takes it when the station has a bay detector).
      // 1. Execute Reusable State Authorized (remote): RequestStartTransaction, then AuthorizeRequest (F01.FR.01).
      await authorized(ctx, { mode: 'remote' });
      // 2. Execute Reusable State EnergyTransferStarted (the EV connects within the connection timeout).
      await energyTransferStarted(ctx);
    });
  },
});
