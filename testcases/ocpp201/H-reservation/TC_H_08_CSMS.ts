import { defineTestCase } from '../../kit.js';
import { backToAvailable, reportEvse, reserveUnspecified } from './steps.csms.js';

export const TC_H_08_CSMS = defineTestCase({
  id: 'TC_H_08_CSMS',
  title: 'Reserve an unspecified EVSE - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01', 'H03'],
  catches: ['reserve-unspecified-adds-evse'],
  async run(ctx) {
    try {
      // Manual Action; 1-2. ReserveNowRequest for an unspecified EVSE (validated), answered Accepted.
      await reserveUnspecified(ctx);
      // 3-4. With only one EVSE configured, the OCTT reports its connectors Reserved.
      if (ctx.ics.evses.length <= 1) await reportEvse(ctx, 'Reserved');
    } finally {
      await backToAvailable(ctx);
    }
  },
});
