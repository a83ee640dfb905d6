import { defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { reservationCase, reserveConfiguredEvse } from './steps.cs.js';

export const TC_H_04_CS = defineTestCase({
  id: 'TC_H_04_CS',
  title: 'Reserve a specific EVSE - Occupied - EVSE Occupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.13', 'H01.FR.11'],
  catches: ['reserve-occupied-accepted'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // Memory State: EnergyTransferStarted (on <Configured evseId>).
      await energyTransferStarted(ctx);
      // 1-2. ReserveNowRequest for <Configured evseId> with <Configured valid_idtoken2>: status must be Occupied.
      const res = await reserveConfiguredEvse(ctx, made);
      ctx.expect(res.status, 'H01.FR.13: ReserveNowResponse status').to.equal('Occupied');
    });
  },
});
