import { defineTestCase, type Payload } from '../../kit.js';
import { transactionCase, transactionEvent, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { idTokenCached, idTokenLocalAuthList, implementsAuthCache, implementsLocalAuthList, localListEmptied } from '../_shared/states.cs.js';
import { AUTH_ENABLED, core, goOffline, goOnline, txStopPoint } from './steps.cs.js';

export const TC_E_16_CS = defineTestCase({
  id: 'TC_E_16_CS',
  title: 'Stop transaction options - Deauthorized - Invalid idToken',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('(C-10.2 or C-10.3) and (C-30 or C-31 or C-32 or ISO 15118 support) and C-01')],
  covers: ['E06(S3)', 'E06.FR.04', 'E06.FR.15', 'C15.FR.04'],
  catches: ['stop-tx-on-invalid-id-ignored', 'offline-flag-missing', 'offline-tx-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const configuration = [
      txStopPoint('EVConnected,Authorized'), ...AUTH_ENABLED,
      { component: 'AuthCtrlr', variable: 'OfflineTxForUnknownIdEnabled', value: 'true', optional: true },
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'true' },
    ];
    // Not graded: the list the Memory State filled is emptied afterwards, so no later case finds the token in it.
    try {
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State (executed as written, "(If implemented)" honoured): IdTokenCached and IdTokenLocalAuthList for the
      // configured valid idToken, so the station authorizes it offline (C15.FR.04) before the CSMS calls it Invalid.
      if (implementsAuthCache(ctx)) await idTokenCached(ctx);
      if (implementsLocalAuthList(ctx)) await idTokenLocalAuthList(ctx);
      // Before: Reusable State StartOfflineTransaction. 1. The OCTT closes the connection and refuses reconnects.
      await goOffline(ctx);
      // Manual Actions: Drive EV into parking bay; Present idToken; Connect the EV and EVSE.
      if (ctx.ics.features.includes('C-09.6') || ctx.ics.features.includes('C-10.5')) {
        s.parked = true;
        await ctx.operator.do('driveIn', { evseId: s.evseId });
      }
      const token = validToken(ctx);
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      // (The queued messages were created around the plug-in: which one first follows it is not checked here.)
      Object.assign(s, { authorized: true, idToken: token });
      await ctx.operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      // 2. The OCTT accepts the reconnection.
      await goOnline(ctx);
      // 1-2. The queued TransactionEvents (offline = true); the one with the idToken is answered Invalid.
      let ended: Payload | undefined;
      for (let i = 0; !ended; i += 1) {
        const p = await transactionEvent(ctx, { describe: `(${i + 1})`, requirement: 'E06.FR.04', idTokenStatus: 'Invalid' });
        if (p.eventType === 'Ended') ended = p;
        else expect(p.offline, 'E12.FR.02: TransactionEventRequest offline (queued while offline)').to.equal(true);
      }
      // 3-4. The station deauthorized the transaction: Ended, Deauthorized.
      expect(ended.triggerReason, 'E06.FR.15: TransactionEventRequest triggerReason').to.equal('Deauthorized');
      expect(txInfo(ended).stoppedReason, 'E06.FR.04: TransactionEventRequest transactionInfo.stoppedReason').to.equal('DeAuthorized');
      Object.assign(s, { authorized: false, evConnected: true, evseReported: true });
    });
    } finally {
      await localListEmptied(ctx);
    }
  },
});
