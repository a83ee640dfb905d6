import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';

export const TC_E_12_CSMS = defineTestCase({
  id: 'TC_E_12_CSMS',
  title: 'Start transaction options - ParkingBayOccupied',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E01(S1)', 'E01.FR.01'],
  catches: ['tx-start-only-authorized'],
  async run(ctx) {
    // 1-2. The bay detector sees an EV: TransactionEvent Started, EVDetected (nothing plugged in: chargingState Idle).
    await transactionEvent(ctx, { eventType: 'Started', triggerReason: 'EVDetected', chargingState: 'Idle', requirement: 'E01.FR.01' });
  },
});
