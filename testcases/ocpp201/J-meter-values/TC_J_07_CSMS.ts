import { defineTestCase } from '../../kit.js';
import { evConnectedPreSession } from '../_shared/states.csms.js';

export const TC_J_07_CSMS = defineTestCase({
  id: 'TC_J_07_CSMS',
  title: 'Sampled Meter Values - EventType Started - EVSE known',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.19'],
  catches: ['tx-started-meter-values-refused'],
  async run(ctx) {
    // 1. Execute Reusable State EVConnectedPreSession: its TransactionEvent (Started, CablePluggedIn) contains the
    //    MeterValue field, context Transaction.Begin (the shared state's Started event carries the reading).
    await evConnectedPreSession(ctx, { requirement: 'J02.FR.19' });
  },
});
