import { defineTestCase } from '../../kit.js';
import { chargingSession, nextTransactionEvent, stationIdle } from '../_shared/charging-session.csms.js';
import { CUSTOM_DATA, CUSTOM_DATA_REQUIREMENT } from './steps.csms.js';

// CustomData - Receive custom data: a StatusNotification and a TransactionEvent carrying customData (Part 6 Table 697).
// No tool validations: the CSMS passes by answering both (a CALLERROR or no answer fails the step).
export const TC_P_03_CSMS = defineTestCase({
  id: 'TC_P_03_CSMS', title: 'CustomData - Receive custom data', version: '2.0.1', sut: 'CSMS',
  profiles: ['Core'], covers: ['B03', 'E01'], catches: ['custom-data-callerror'],
  async run(ctx) {
    const { sut } = ctx;
    const s = chargingSession(ctx);
    try {
      // 1-2. StatusNotificationRequest with customData; the CSMS responds.
      await sut.call('StatusNotification', {
        customData: CUSTOM_DATA, timestamp: sut.now(), connectorStatus: 'Occupied', evseId: s.evseId, connectorId: s.connectorId,
      }, { requirement: CUSTOM_DATA_REQUIREMENT });
      s.connectorStatus = 'Occupied';
      s.evConnected = true;
      // 3-4. TransactionEventRequest with customData, and customData in transactionInfo; the CSMS responds.
      const event = nextTransactionEvent(ctx, { eventType: 'Started', triggerReason: 'CablePluggedIn', chargingState: 'EVConnected' });
      await sut.call('TransactionEvent', {
        ...event, customData: CUSTOM_DATA, transactionInfo: { ...event.transactionInfo, customData: CUSTOM_DATA },
      }, { requirement: CUSTOM_DATA_REQUIREMENT });
    } finally {
      // Not a Part 6 step: the transaction ends and the connector is freed, ungraded.
      await stationIdle(ctx);
    }
  },
});
