import { defineTestCase } from '../../kit.js';
import { reserveNow } from './steps.csms.js';

export const TC_H_22_CSMS = defineTestCase({
  id: 'TC_H_22_CSMS',
  title: 'Reserve a specific EVSE - Configured to Reject',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.01'],
  // Tool validations N/a: the CSMS has to send a valid ReserveNowRequest and take the Rejected answer.
  catches: ['reserve-no-expiry'],
  async run(ctx) {
    // 1-2. The CSMS sends a ReserveNowRequest; the harness answers Rejected.
    await reserveNow(ctx, 'Rejected');
  },
});
