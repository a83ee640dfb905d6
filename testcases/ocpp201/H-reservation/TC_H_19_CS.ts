import { defineTestCase, idTokenFor } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredConnectorReports, configuredEvse, expiresIn, freshReservationId, reservationCase, secondToken } from './steps.cs.js';

export const TC_H_19_CS = defineTestCase({
  id: 'TC_H_19_CS',
  title: 'Reserve a specific EVSE - Use a reserved EVSE with GroupId',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H03', 'H01.FR.15', 'H03.FR.04', 'H03.FR.08'],
  catches: ['reservation-group-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const group = idTokenFor(ctx, 'group');
    await reservationCase(ctx, async (made) => {
      // 3-4 armed first: the configured connector reports Reserved (the EVSE component's own report is optional).
      const reservedReport = configuredConnectorReports(ctx, 'Reserved', 'H01.FR.23');
      // 1. ReserveNowRequest for <Configured evseId>, <Configured valid_idtoken>, groupIdToken <Configured groupIdToken>.
      const id = freshReservationId();
      const res = await sut.call('ReserveNow', {
        id, evseId: configuredEvse(ctx).evseId, expiryDateTime: expiresIn(600_000), idToken: idTokenOf(idTokenFor(ctx, 'valid')), groupIdToken: idTokenOf(group),
      });
      // 2. ReserveNowResponse: status must be Accepted.
      expect(res.status, 'H01.FR.23: ReserveNowResponse status').to.equal('Accepted');
      made.push(id);
      await reservedReport;
      // Reusable State Authorized with <Configured valid idtoken fields2>, the OCTT giving <Configured groupIdToken> (H03.FR.08).
      await authorized(ctx, { token: secondToken(ctx), groupIdToken: group });
      // Reusable State EnergyTransferStarted (H03.FR.04: the group's idToken may charge on the reserved EVSE).
      await energyTransferStarted(ctx);
      made.splice(made.indexOf(id), 1);
    });
  },
});
