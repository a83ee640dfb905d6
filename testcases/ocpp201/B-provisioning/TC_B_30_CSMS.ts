import { defineTestCase } from '../../kit.js';
import { firstBootAnswered, powerUpBoot } from './steps.csms.js';

export const TC_B_30_CSMS = defineTestCase({
  id: 'TC_B_30_CSMS',
  title: 'Cold Boot Charging Station - Pending/Rejected - SecurityError',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44 or NOT AQ-16' }], // errata 2025-09 renumbered AQ-6 to AQ-16
  covers: ['B02', 'B03', 'B02.FR.09', 'B03.FR.07'],
  preconditions: false,
  catches: ['pending-accepts-calls'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending (or Rejected).
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending or Rejected.
    const boot = await powerUpBoot(ctx);
    expect(boot.status, 'B02.FR.09: BootNotificationResponse status').to.be.oneOf(['Pending', 'Rejected']);
    // 3-4. The station reports its connectors unasked: the CSMS answers every message with CALLERROR SecurityError.
    for (const evse of ctx.ics.evses) {
      for (let connectorId = 1; connectorId <= evse.connectors; connectorId += 1) {
        const messages = [
          ['StatusNotification', () => sut.callRaw('StatusNotification', { timestamp: sut.now(), connectorStatus: 'Available', evseId: evse.id, connectorId })],
          ['NotifyEvent', () => sut.callRaw('NotifyEvent', {
            generatedAt: sut.now(), seqNo: 0,
            eventData: [{
              eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: 'Available', eventNotificationType: 'HardWiredNotification',
              component: { name: 'Connector', evse: { id: evse.id, connectorId } }, variable: { name: 'AvailabilityState' },
            }],
          })],
        ] as const;
        for (const [action, send] of messages) {
          const outcome = await send();
          const requirement = boot.status === 'Rejected' ? 'B03.FR.07' : 'B02.FR.09';
          expect(outcome.kind, `${requirement}: the CSMS answers ${action} of a ${String(boot.status)} station with a CALLERROR`).to.equal('error');
          expect(outcome.kind === 'error' ? outcome.errorCode : undefined, `${requirement}: CALLERROR code for ${action}`).to.equal('SecurityError');
        }
      }
    }
  },
});
