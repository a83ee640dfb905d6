import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { configuredEvse, reservationCase, reserveConfiguredEvse } from './steps.cs.js';

export const TC_H_06_CS = defineTestCase({
  id: 'TC_H_06_CS',
  title: 'Reserve a specific EVSE - Unavailable',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Reservation'],
  covers: ['H01', 'H01.FR.14'],
  catches: ['reserve-unavailable-accepted'],
  async run(ctx) {
    const { sut } = ctx;
    const { evseId } = configuredEvse(ctx);
    await reservationCase(ctx, async (made) => {
      // Memory State: <Configured evseId> is Unavailable (ChangeAvailability Inoperative; established, not graded).
      const unavailable = later(sut.expectCall('StatusNotification', { describe: '(memory state Unavailable)', filter: (p) => p.evseId === evseId && p.connectorStatus === 'Unavailable' }));
      const change = await sut.callRaw('ChangeAvailability', { operationalStatus: 'Inoperative', evse: { id: evseId } });
      if (change.kind !== 'result' || change.payload.status !== 'Accepted') {
        throw new CaseInconclusive(`Memory State Unavailable: ChangeAvailability Inoperative for EVSE ${evseId} was not Accepted`);
      }
      try {
        await unavailable.catch(() => undefined);
        // 1-2. ReserveNowRequest for <Configured evseId> with <Configured valid_idtoken2>: status must be Unavailable.
        const res = await reserveConfiguredEvse(ctx, made);
        ctx.expect(res.status, 'H01.FR.14: ReserveNowResponse status').to.equal('Unavailable');
      } finally {
        // Back to Operative for the cases that follow (a wrongly accepted reservation is cancelled after this).
        if (sut.isConnected()) {
          const operative = later(sut.expectCall('StatusNotification', { describe: '(back to Operative)', filter: (p) => p.evseId === evseId && p.connectorStatus !== 'Unavailable' }));
          await sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative', evse: { id: evseId } });
          await operative.catch(() => undefined);
        }
      }
    });
  },
});
