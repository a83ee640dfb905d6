import { defineTestCase } from '../../kit.js';
import { reservationCase } from './steps.cs.js';
import { distinctToken, reserveWithoutEvse } from './steps.unspecified.cs.js';

export const TC_H_14_CS = defineTestCase({
  id: 'TC_H_14_CS',
  title: 'Reserve an unspecified EVSE - Amount of EVSEs available equals the amount of reservations',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Reservation', condition: 'R-2' }],
  covers: ['H01(S1)', 'H01.FR.04', 'H01.FR.20'],
  catches: ['reserve-unspecified-rejected', 'unspecified-reservation-not-shown'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const evses = ctx.ics.evses.length ? ctx.ics.evses : [{ id: 1, connectors: 1 }];
    await reservationCase(ctx, async (made) => {
      // 3-4 armed first: every connector of every EVSE reports Reserved, by StatusNotification or NotifyEvent (H01.FR.20).
      const pending = new Set(evses.flatMap((e) => Array.from({ length: e.connectors }, (_x, i) => `${e.id}/${i + 1}`)));
      const keyOf = (p: Record<string, unknown>): string | undefined => {
        if (p.connectorStatus === 'Reserved') return `${String(p.evseId)}/${String(p.connectorId)}`;
        const d = (p.eventData as Array<{ trigger?: string; actualValue?: string; component?: { name?: string; evse?: { id?: number; connectorId?: number } }; variable?: { name?: string } }> | undefined)
          ?.find((x) => x.component?.name === 'Connector' && x.variable?.name === 'AvailabilityState' && x.actualValue === 'Reserved' && x.trigger === 'Delta');
        return d ? `${String(d.component?.evse?.id)}/${String(d.component?.evse?.connectorId)}` : undefined;
      };
      const reports = (async () => {
        while (pending.size) {
          const call = await sut.expectCall(['StatusNotification', 'NotifyEvent'], {
            requirement: 'H01.FR.20', describe: `(a connector Reserved, ${pending.size} to come)`, filter: (p) => { const k = keyOf(p); return k !== undefined && pending.has(k); },
          });
          pending.delete(keyOf(call.payload) ?? '');
        }
      })();
      reports.catch(() => undefined);
      // 1-2, once per EVSE: ReserveNowRequest, evseId omitted, a different idToken each time: Accepted.
      for (let i = 0; i < evses.length; i += 1) {
        const res = await reserveWithoutEvse(ctx, made, distinctToken(ctx, i));
        expect(res.status, `H01.FR.04: ReserveNowResponse status (reservation ${i + 1} of ${evses.length})`).to.equal('Accepted');
      }
      await reports;
    });
  },
});
