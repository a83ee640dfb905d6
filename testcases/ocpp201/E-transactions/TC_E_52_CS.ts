import { defineTestCase } from '../../kit.js';
import { later, transactionCase, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession, parkingBayOccupied } from '../_shared/transaction-states.cs.js';
import { core } from './steps.cs.js';
import { localListEmptied } from '../_shared/states.cs.js';

export const TC_E_52_CS = defineTestCase({
  id: 'TC_E_52_CS',
  title: 'Local start transaction - Authorization first - DisableRemoteAuthorization',
  version: '2.0.1',
  sut: 'CS',
  // Errata 2025-09 (5.11): local start options C-30, C-31, C-32, C-34.
  profiles: [core('C-58 and (C-30 or C-31 or C-32 or C-34) and (C-49 or Local Authorization List Management)')],
  covers: ['E03', 'C01', 'C01.FR.02', 'C01.FR.05'],
  catches: ['disable-remote-authorization-ignored'],
  async run(ctx) {
    const { sut } = ctx;
    const configuration = [
      { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
      { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'true' },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State: the configured valid idTokens are not in the Authorization Cache.
      // Memory State: ... nor in the Local Authorization List (an earlier case may have filled it; not graded).
      if (ctx.ics.features.includes('C-49')) await sut.callRaw('ClearCache', {});
      await localListEmptied(ctx);
      // Before: State ParkingBayOccupied (optional).
      await parkingBayOccupied(ctx);
      // Manual Action: Present an idToken that is neither in the Local Authorization List nor in the Authorization Cache.
      // 1. The Charging Station does NOT send an AuthorizeRequest.
      const noAuthorize = later(sut.expectNoCall('Authorize', ctx.ics.timeouts.messageMs, { requirement: 'C01.FR.02', describe: 'DisableRemoteAuthorization is true' }));
      const token = validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await noAuthorize;
      // 2. Execute Reusable State EVConnectedPreSession (errata 2025-04).
      const noCharging = later(sut.expectNoCall('TransactionEvent', ctx.ics.timeouts.messageMs, {
        requirement: 'C01.FR.02', describe: 'charging with an idToken the station could not authorize', filter: (p) => txInfo(p).chargingState === 'Charging',
      }));
      await evConnectedPreSession(ctx);
      // 3. The Charging Station does NOT start charging.
      await noCharging;
    });
  },
});
