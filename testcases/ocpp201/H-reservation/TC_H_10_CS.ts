import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { reservationCase } from './steps.cs.js';
import { reserveWithoutEvse } from './steps.unspecified.cs.js';

export const TC_H_10_CS = defineTestCase({
  id: 'TC_H_10_CS',
  title: 'Reserve an unspecified EVSE - Occupied - EVSE Occupied',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01(S1)', 'H01.FR.11', 'H01.FR.13'],
  catches: ['reserve-occupied-accepted'],
  async run(ctx) {
    // Before: "State is EnergyTransferStarted for all EVSE": the harness runs one session, on the configured EVSE.
    if (ctx.ics.evses.length > 1) throw new CaseInconclusive(`Reusable State EnergyTransferStarted for all ${ctx.ics.evses.length} EVSEs: the harness establishes it on one EVSE only`);
    await reservationCase(ctx, async (made) => {
      await energyTransferStarted(ctx);
      // 1-2. ReserveNowRequest, evseId omitted, <Configured valid_idtoken>, <Configured expiryDateTime>: Occupied.
      const res = await reserveWithoutEvse(ctx, made);
      ctx.expect(res.status, 'H01.FR.11: ReserveNowResponse status').to.equal('Occupied');
    });
  },
});
