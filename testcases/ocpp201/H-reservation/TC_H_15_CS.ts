import { adviseUnless, defineTestCase } from '../../kit.js';
import { authorized, energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { reservationCase } from './steps.cs.js';
import { configuredConnectorType, reserveWithoutEvse, reservedReport } from './steps.unspecified.cs.js';

// Reserve a connector with a specific type - Success (Part 6 TC_H_15_CS; R-1 and a ConnectorEnumType type, errata 5.19 / 6.2.61).
export const TC_H_15_CS = defineTestCase({
  id: 'TC_H_15_CS',
  title: 'Reserve a connector with a specific type - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-1' }],
  covers: ['H01(S3)', 'H03', 'H01.FR.06', 'H01.FR.09', 'H01.FR.15', 'H01.FR.24', 'H03.FR.02'],
  catches: ['reserve-unspecified-rejected', 'unspecified-reservation-not-shown'],
  async run(ctx) {
    await reservationCase(ctx, async (made) => {
      // 3-4 armed first: the connector reports Reserved; due (H01.FR.24) when it is the only connector of the type.
      const reported = reservedReport(ctx, 'H01.FR.24');
      // 1-2. ReserveNowRequest, connectorType <Configured connectorType>, <Configured valid_idtoken>: Accepted.
      const res = await reserveWithoutEvse(ctx, made, undefined, { connectorType: configuredConnectorType(ctx) });
      ctx.expect(res.status, 'H01.FR.06: ReserveNowResponse status').to.equal('Accepted');
      await reported();
      // 5. Reusable State Authorized with <Configured valid idToken fields> (H03.FR.02: the reservation's token charges).
      const event = await authorized(ctx);
      const reservationId = made[made.length - 1];
      if (event) adviseUnless(ctx, event.reservationId === reservationId, `the TransactionEventRequest after the authorization has reservationId ${String(event.reservationId)}, not ${String(reservationId)}`, 'H01.FR.15');
      // 6. Reusable State EnergyTransferStarted.
      await energyTransferStarted(ctx);
    });
  },
});
