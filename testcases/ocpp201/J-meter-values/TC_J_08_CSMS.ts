import { defineTestCase } from '../../kit.js';
import { idTokenStatus, nextTransactionEvent, reportConnector, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';

export const TC_J_08_CSMS = defineTestCase({
  id: 'TC_J_08_CSMS',
  title: 'Sampled Meter Values - Context Transaction.Begin - EVSE not known',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.19', 'E01.FR.16', 'E01.FR.17'],
  catches: ['tx-begin-after-start-refused'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idToken = validToken(ctx);
    // 1. Execute Reusable State Authorized: the transaction starts before the EVSE is known, so its Started event has
    //    neither evse nor meter values.
    const auth = await sut.call('Authorize', { idToken }, { requirement: 'C01.FR.07' });
    expect(idTokenStatus(auth), 'C01.FR.07: AuthorizeResponse idTokenInfo.status').to.equal('Accepted');
    const started = nextTransactionEvent(ctx, { eventType: 'Started', triggerReason: 'Authorized', idToken, chargingState: 'Idle', meter: 'none' });
    delete started.evse;
    const answer = await sut.call('TransactionEvent', started, { requirement: 'J02.FR.19' });
    expect(idTokenStatus(answer), 'E03.FR.02: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 2. Execute Reusable State EVConnectedPreSession: the EVSE is known now; its TransactionEvent carries evse and the
    //    meter values, context Transaction.Begin.
    await reportConnector(ctx, 'Occupied');
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', meter: 'Transaction.Begin', requirement: 'J02.FR.19' });
    // 3. Execute Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx, { requirement: 'J02.FR.19' });
  },
});
