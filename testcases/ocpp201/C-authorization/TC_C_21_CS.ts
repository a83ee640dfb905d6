import { defineTestCase } from '../../kit.js';
import { parkingBayUnoccupied } from '../_shared/transaction-states.cs.js';
import { driveIn, goOffline, goOnline, LOCAL_LIST, LOCAL_START, localListCase, offlineConfiguration, tokenOf } from './steps.local-list.js';

// C13 Offline authorization through the Local Authorization List - Accepted (Part 6 Table 105).
export const TC_C_21_CS = defineTestCase({
  id: 'TC_C_21_CS', title: 'Offline authorization through local authorization list - Accepted', version: '2.0.1', sut: 'CS',
  profiles: [{ profile: LOCAL_LIST, condition: LOCAL_START }], covers: ['C13', 'C13.FR.02'], catches: ['local-list-ignored-offline'],
  async run(ctx) {
    const { sut, expect, operator } = ctx;
    const token = tokenOf(ctx, 'valid');
    // Before: the list enabled, LocalPreAuthorize true, OfflineTxForUnknownIdEnabled false, LocalAuthorizationOffline true;
    // Memory State IdTokenLocalAuthList for the valid idToken.
    await localListCase(ctx, offlineConfiguration(ctx, false), [{ token, status: 'Accepted' }], async (s) => {
      // Reusable State StartOfflineTransaction: offline, drive in, present the idToken, connect the EV, back online.
      await goOffline(ctx);
      await driveIn(ctx);
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await operator.do('plugIn', { evseId: s.evseId, connectorId: s.connectorId });
      await goOnline(ctx);
      // Manual Actions: present the idToken; unplug the cable.
      // Answered as soon as it comes (the station must not wait on the operator's next action).
      const stop = sut.expectCall('TransactionEvent', { requirement: 'C13.FR.02', describe: '(StopAuthorized)', filter: (p) => p.triggerReason === 'StopAuthorized' })
        .then((c) => {
          if (!c.answered) c.respond({ idTokenInfo: { status: 'Accepted' } });
          return c;
        });
      stop.catch(() => undefined);
      await operator.do('presentIdToken', { idToken: token.idToken, type: token.type, evseId: s.evseId });
      await operator.do('unplug', { evseId: s.evseId, connectorId: s.connectorId });
      // 1-2. The station empties its queue (the harness answers each TransactionEventRequest Accepted); one is StopAuthorized.
      const stopped = await stop;
      const sent = sut.receivedPayloads('TransactionEvent');
      const before = sent.slice(0, sent.indexOf(stopped.payload));
      expect(before.length, 'C13.FR.02: TransactionEventRequests of the transaction started offline precede the StopAuthorized').to.be.above(0);
      before.forEach((p, i) => expect(p.offline, `C13.FR.02: TransactionEventRequest ${i + 1} before the StopAuthorized offline`).to.equal(true));
      // Not a Part 6 step: the transaction's last message (Ended) is in, so none reaches the next case.
      const id = stopped.payload.transactionInfo.transactionId;
      if (stopped.payload.eventType !== 'Ended') {
        const ended = await sut.expectCall('TransactionEvent', { requirement: 'E06.FR.04', describe: '(Ended)', filter: (p) => p.eventType === 'Ended' && p.transactionInfo.transactionId === id });
        if (!ended.answered) ended.respond({});
      }
      Object.assign(s, { authorized: false, evConnected: false, ended: true, state: 'EVDisconnected' });
      // 3. Reusable State ParkingBayUnoccupied.
      await parkingBayUnoccupied(ctx);
    });
  },
});
