import { defineTestCase } from '../../kit.js';
import { allEvses, backToAvailable, reportEvse, reserveUnspecified } from './steps.csms.js';

export const TC_H_14_CSMS = defineTestCase({
  id: 'TC_H_14_CSMS',
  title: 'Reserve an unspecified EVSE - Amount of EVSEs available equals the amount of reservations',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01'],
  catches: ['reserve-unspecified-adds-evse'],
  async run(ctx) {
    const evses = allEvses(ctx);
    try {
      // Manual Action; 1-2, once per EVSE configured: ReserveNowRequest for an unspecified EVSE (validated), Accepted.
      for (let i = 0; i < evses.length; i += 1) await reserveUnspecified(ctx);
      // 3-4. After the last one, the OCTT reports every connector Reserved (as many reservations as EVSEs available).
      for (const evse of evses) await reportEvse(ctx, 'Reserved', evse);
    } finally {
      await backToAvailable(ctx, evses);
    }
  },
});
