import { defineTestCase, type IdTokenSpec } from '../../kit.js';
import { transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { idTokenCached } from '../_shared/states.cs.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { core, stopWhileOffline } from './steps.cs.js';

export const TC_E_45_CS = defineTestCase({
  id: 'TC_E_45_CS',
  title: 'Offline Behaviour - Stop transaction during offline period - Same GroupId',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.11): local start options C-30, C-31, C-32, C-34.
  profiles: [core('(C-30 or C-31 or C-32 or C-34) AND (Local Authorization List Management or C-49)')],
  covers: ['E08', 'E08.FR.02', 'E08.FR.04', 'E08.FR.05', 'E08.FR.06', 'E08.FR.07', 'E08.FR.08'],
  catches: ['offline-tx-dropped', 'offline-flag-missing'],
  async run(ctx) {
    const valid = validToken(ctx);
    // <Configured valid idtoken fields2> and <Configured GroupIdToken>: a second card of the driver's group.
    const second: IdTokenSpec = { idToken: `${valid.idToken}-2`.slice(0, 36), type: valid.type };
    const group: IdTokenSpec = ctx.ics.idTokens.group ?? { idToken: 'C0FFEE01', type: 'Central' };
    await transactionCase(ctx, {}, async (s) => {
      // Memory State: IdTokenCached for the second idToken with the GroupIdToken.
      await idTokenCached(ctx, second, group);
      // Before: State Authorized with the GroupIdToken, then EnergyTransferStarted.
      await authorized(ctx, { token: valid, groupIdToken: group });
      await energyTransferStarted(ctx);
      // Manual Action: Present the second idToken (same GroupId) while offline.
      await stopWhileOffline(ctx, s, second);
    });
  },
});
