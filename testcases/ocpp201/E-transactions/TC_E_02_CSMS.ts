import { defineTestCase } from '../../kit.js';
import { idTokenStatus, reportConnector, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { authorizeValid } from './steps.csms.js';

export const TC_E_02_CSMS = defineTestCase({
  id: 'TC_E_02_CSMS',
  title: 'Start transaction options - EnergyTransfer',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S6)', 'E01.FR.06'],
  catches: ['tx-start-only-authorized', 'tx-no-idtokeninfo'],
  async run(ctx) {
    // 1-2. AuthorizeRequest with the configured valid idToken; the CSMS accepts it.
    await authorizeValid(ctx);
    // 3-4. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 5-6. Energy flows: TransactionEvent Started, ChargingStateChanged, Charging, with idToken and EVSE.
    const started = await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'ChargingStateChanged', chargingState: 'Charging', idToken: validToken(ctx), requirement: 'E01.FR.06' });
    ctx.expect(idTokenStatus(started), 'E01.FR.12: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
  },
});
