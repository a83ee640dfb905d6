import { defineTestCase, type Payload } from '../../kit.js';
import { later, txInfo, validToken } from '../_shared/charging-session.cs.js';
import { bootAccepted } from '../_shared/states.cs.js';

export const TC_B_41_CS = defineTestCase({
  id: 'TC_B_41_CS',
  title: 'Reset Charging Station - With multiple ongoing transactions - OnIdle',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'HFS-8 > 1' }],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03', 'E07.FR.03'],
  catches: ['reset-onidle-interrupts-transaction', 'scheduled-reset-wrong-reason'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // Two sessions at once: the CSMS side accepts every authorization and transaction message, the case follows the events.
    sut.autoAnswer('Authorize', { idTokenInfo: { status: 'Accepted' } });
    sut.autoAnswer('TransactionEvent', (p) => (p.idToken ? { idTokenInfo: { status: 'Accepted' } } : {}));
    const valid = validToken(ctx);
    const sessions = ics.evses.slice(0, 2).map((e, i) => ({ evseId: e.id, token: i === 0 ? valid : { idToken: `${valid.idToken}-2`.slice(0, 36), type: valid.type }, plugged: false }));
    const txEvent = (describe: string, filter: (p: Payload) => boolean, requirement: string) =>
      later(sut.expectCall('TransactionEvent', { describe, filter, requirement, timeoutMs: ics.timeouts.messageMs * 2 }).then((c) => {
        if (!c.answered) c.respond(c.payload.idToken ? { idTokenInfo: { status: 'Accepted' } } : {});
        return c;
      }));
    try {
      // Reusable State EnergyTransferStarted for EVSE 1 and for EVSE 2.
      for (const x of sessions) {
        const charging = txEvent(`(charging on EVSE ${x.evseId})`, (p) => txInfo(p).chargingState === 'Charging', 'E02.FR.13');
        await operator.do('presentIdToken', { idToken: x.token.idToken, type: x.token.type, evseId: x.evseId });
        await operator.do('plugIn', { evseId: x.evseId, connectorId: 1 });
        x.plugged = true;
        await charging;
      }
      const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 10, requirement: 'B12.FR.03' });
      // 1-2. ResetRequest OnIdle: Scheduled.
      const res = await sut.call('Reset', { type: 'OnIdle' });
      expect(res.status, 'B12.FR.01: ResetResponse status').to.equal('Scheduled');
      // 3-10. StopAuthorized (and, while the transaction runs, EVConnectedPostSession / EVDisconnected) per EVSE.
      for (const x of sessions) {
        const stop = txEvent(`(stop authorized on EVSE ${x.evseId})`, (p) => p.triggerReason === 'StopAuthorized', 'E07.FR.02');
        await operator.do('presentIdToken', { idToken: x.token.idToken, type: x.token.type, evseId: x.evseId });
        const p = (await stop).payload;
        if (p.eventType === 'Ended') continue;
        const ended = txEvent(`(end on EVSE ${x.evseId})`, (q) => q.eventType === 'Ended', 'E06.FR.15');
        await operator.do('unplug', { evseId: x.evseId, connectorId: 1 });
        x.plugged = false;
        await ended;
      }
      // 11-12. BootNotificationRequest reason ScheduledReset; 13-14. connectors Occupied where the EV is still connected.
      await bootAccepted(ctx, boot, {
        expectedReason: 'ScheduledReset', reasonRequirement: 'B12.FR.03',
        connectorStatus: (e, c) => (c === 1 && sessions.some((x) => x.evseId === e && x.plugged) ? 'Occupied' : 'Available'), securityEvent: false,
      });
    } finally {
      for (const x of sessions) if (x.plugged) await operator.do('unplug', { evseId: x.evseId, connectorId: 1 }).catch(() => undefined);
    }
  },
});
