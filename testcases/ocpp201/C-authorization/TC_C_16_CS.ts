import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionCase, validToken } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { authCacheEnabled, core, LOCAL_PRE_AUTHORIZE } from './steps.cs.js';
import { establishIdTokenCached } from '../_shared/states.cs.js';
import { goOffline, goOnline, offlineConfiguration } from './steps.local-list.js';

// Errata 2025-09 6.2.25 applied: the prerequisite names AuthCacheCtrlr.Available (text only; applicability comes from the Part 5 condition below).
export const TC_C_16_CS = defineTestCase({
  id: 'TC_C_16_CS',
  title: 'Authorization through authorization cache - StopTxOnInvalidId = true',
  version: '2.0.1',
  sut: 'CS',
  profiles: [core('C-49 and (C-30 or C-31 or C-32 or C-34)')], // Part 5: the Authorization Cache and a local start option
  covers: ['C12', 'C12.FR.02', 'C12.FR.04', 'E05.FR.09', 'E05.FR.10'],
  catches: ['stop-tx-on-invalid-id-ignored', 'offline-flag-missing'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const token = validToken(ctx);
    // Configuration State: AuthCacheEnabled, LocalPreAuthorize (If implemented), LocalAuthorizationOffline true,
    // StopTxOnInvalidId true, MaxEnergyOnInvalidId 0 (C-03: If implemented); the reconnection settings of the offline cases.
    const configuration = [
      authCacheEnabled(true), LOCAL_PRE_AUTHORIZE, ...offlineConfiguration(ctx, false).filter((v) => v.component !== 'LocalAuthListCtrlr' && v.variable !== 'LocalPreAuthorize'),
      { component: 'TxCtrlr', variable: 'StopTxOnInvalidId', value: 'true' }, { component: 'TxCtrlr', variable: 'MaxEnergyOnInvalidId', value: '0', optional: true },
    ];
    await transactionCase(ctx, { configuration }, async (s) => {
      // Memory State: IdTokenCached for <Configured valid IdToken fields>.
      await establishIdTokenCached(ctx);
      // Before: Reusable State EVConnectedPreSession.
      await evConnectedPreSession(ctx);
      // 1. The OCTT closes the WebSocket connection and refuses reconnects; what the station queues is answered when it
      // comes back: 4. idTokenInfo.status Invalid for a message with an idToken.
      await goOffline(ctx);
      sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Invalid' } } : {}));
      const seenBefore = sut.receivedPayloads('TransactionEvent').length;
      // Manual Action: present the cached valid idToken. The OCTT waits (Part 6: 5 s; here <Configured offline duration>).
      await ctx.operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await ctx.specifiedWait(configuredMs(ctx, 'offlineDurationMs'), 'offline period after the idToken was presented');
      // 2. The OCTT accepts the reconnection; 3-6. the station empties its queue, then sends Deauthorized.
      const deauthorized = sut.expectCall('TransactionEvent', { requirement: 'E05.FR.09 / E05.FR.10 (StopTxOnInvalidId true)', describe: '(Deauthorized)', filter: (p) => p.triggerReason === 'Deauthorized' });
      await goOnline(ctx);
      const d = await deauthorized;
      // 6. Answered at once (the station's queue must not wait on the harness).
      if (!d.answered) d.respond(d.payload.idToken ? { idTokenInfo: { status: 'Invalid' } } : {});
      const sent = sut.receivedPayloads('TransactionEvent').slice(seenBefore);
      const queued = sent.slice(0, sent.indexOf(d.payload));
      // Tool validations step 3: an (optional) Authorized message with the idToken, offline; a ChargingStateChanged one, offline.
      const authorized = queued.find((p) => p.triggerReason === 'Authorized');
      if (authorized) {
        const id = (authorized.idToken ?? {}) as { idToken?: unknown; type?: unknown };
        expect(id.idToken, 'C12.FR.02: TransactionEventRequest Authorized idToken.idToken').to.equal(token.idToken);
        expect(id.type, 'C12.FR.02: TransactionEventRequest Authorized idToken.type').to.equal(token.type);
        expect(authorized.offline, 'E04.FR.01: TransactionEventRequest Authorized offline').to.equal(true);
      }
      const charging = queued.find((p) => p.triggerReason === 'ChargingStateChanged');
      expect(charging, 'C12.FR.04: a TransactionEventRequest ChargingStateChanged sent while offline (the energy offer started)').to.not.equal(undefined);
      expect(charging?.offline, 'E04.FR.01: TransactionEventRequest ChargingStateChanged offline').to.equal(true);
      Object.assign(s, { authorized: false, state: 'EVConnectedPostSession' });
    });
  },
});
