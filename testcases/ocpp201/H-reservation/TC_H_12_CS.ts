import { CaseInconclusive, defineTestCase } from '../../kit.js';
import { later } from '../_shared/charging-session.cs.js';
import { configuredEvse, reservationCase } from './steps.cs.js';
import { reserveWithoutEvse } from './steps.unspecified.cs.js';

export const TC_H_12_CS = defineTestCase({
  id: 'TC_H_12_CS',
  title: 'Reserve an unspecified EVSE - Unavailable',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01(S1)', 'H01.FR.14'],
  catches: ['reserve-unavailable-accepted'],
  async run(ctx) {
    const { sut } = ctx;
    const { evseId } = configuredEvse(ctx);
    const connectorReports = (status: (s: unknown) => boolean, describe: string) =>
      later(sut.expectCall('StatusNotification', { describe, filter: (p) => p.evseId === evseId && status(p.connectorStatus) }));
    await reservationCase(ctx, async (made) => {
      // Memory State: Charging Station is Unavailable (ChangeAvailability Inoperative for the station; established, not graded).
      const unavailable = connectorReports((s) => s === 'Unavailable', '(memory state Unavailable)');
      const change = await sut.callRaw('ChangeAvailability', { operationalStatus: 'Inoperative' });
      if (change.kind !== 'result' || change.payload.status !== 'Accepted') {
        throw new CaseInconclusive('Memory State "Charging Station is Unavailable": ChangeAvailability Inoperative was not Accepted');
      }
      try {
        await unavailable.catch(() => undefined);
        // 1-2. ReserveNowRequest, evseId omitted, <Configured valid_idtoken>: Unavailable.
        const res = await reserveWithoutEvse(ctx, made);
        ctx.expect(res.status, 'H01.FR.14: ReserveNowResponse status').to.equal('Unavailable');
      } finally {
        // Back to Operative for the cases that follow (a wrongly accepted reservation is cancelled after this).
        if (sut.isConnected()) {
          const operative = connectorReports((s) => s !== 'Unavailable', '(back to Operative)');
          await sut.callRaw('ChangeAvailability', { operationalStatus: 'Operative' });
          await operative.catch(() => undefined);
        }
      }
    });
  },
});
