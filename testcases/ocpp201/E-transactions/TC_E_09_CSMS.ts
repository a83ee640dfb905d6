import { defineTestCase } from '../../kit.js';
import { reportConnector, transactionEvent } from '../_shared/charging-session.csms.js';

export const TC_E_09_CSMS = defineTestCase({
  id: 'TC_E_09_CSMS',
  title: 'Start transaction options - EVConnected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S2)', 'E01.FR.02'],
  catches: ['tx-start-only-authorized'],
  async run(ctx) {
    // 1-2. The EV is plugged in: connector Occupied.
    await reportConnector(ctx, 'Occupied');
    // 3-4. TransactionEvent Started, CablePluggedIn, EVConnected, with EVSE and connector.
    await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected', requirement: 'E01.FR.02' });
  },
});
