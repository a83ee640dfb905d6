import { defineTestCase } from '../../kit.js';
import { backToAvailable, reportEvse, reserveConnectorType } from './steps.csms.js';

// Reserve a connector with a specific type - Success (Part 6, TC_H_15_CSMS; R-1 as errata 5.19 has it).
export const TC_H_15_CSMS = defineTestCase({
  id: 'TC_H_15_CSMS',
  title: 'Reserve a connector with a specific type - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Reservation', condition: 'R-1' }],
  covers: ['H01(S3)', 'H03'],
  catches: ['reserve-connector-type-dropped'],
  async run(ctx) {
    try {
      // Manual Action; 1-2. ReserveNowRequest for <Configured connectorType>, no evseId (validated), answered Accepted.
      await reserveConnectorType(ctx);
      // 3-4. The OCTT reports the configured EVSE's connectors Reserved (StatusNotification and NotifyEvent).
      await reportEvse(ctx, 'Reserved');
    } finally {
      await backToAvailable(ctx);
    }
  },
});
