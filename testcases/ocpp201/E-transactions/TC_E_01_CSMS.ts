import { defineTestCase } from '../../kit.js';
import { idTokenStatus, reportConnector, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { authorizeValid } from './steps.csms.js';

export const TC_E_01_CSMS = defineTestCase({
  id: 'TC_E_01_CSMS',
  title: 'Start transaction options - PowerPathClosed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S5)', 'E01.FR.05'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    const idToken = validToken(ctx);
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. The power path closes: TransactionEvent Started, ChargingStateChanged, SuspendedEVSE, with idToken and EVSE.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'ChargingStateChanged', chargingState: 'SuspendedEVSE', idToken, requirement: 'E01.FR.05' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 7-8. Energy flows: TransactionEvent Updated, ChargingStateChanged, Charging.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', requirement: 'E01.FR.05' });
  },
});
