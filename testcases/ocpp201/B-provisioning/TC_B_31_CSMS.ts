import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { bootAccepted, reportConnectors } from '../_shared/states.csms.js';
import { firstBootAnswered, powerUpBoot } from './steps.csms.js';

export const TC_B_31_CSMS = defineTestCase({
  id: 'TC_B_31_CSMS',
  title: 'Cold Boot Charging Station - Pending/Rejected - TriggerMessage',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44 or NOT AQ-16' }], // errata 2025-09 renumbered AQ-6 to AQ-16
  covers: ['B02', 'F06'],
  preconditions: false,
  catches: ['trigger-wrong-message', 'boot-rejects-known-station'],
  async run(ctx) {
    const { expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending (or Rejected).
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending or Rejected.
    const boot = await powerUpBoot(ctx);
    expect(boot.status, 'B02.FR.01: BootNotificationResponse status').to.be.oneOf(['Pending', 'Rejected']);
    // 3-4. The CSMS sends TriggerMessageRequest BootNotification before the interval expired; the station accepts.
    const trigger = await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'Accepted' as const }), { hint: { requestedMessage: 'BootNotification' } });
    expect(trigger.payload.requestedMessage, 'F06.FR.01: TriggerMessageRequest requestedMessage').to.equal('BootNotification');
    // 5-6. BootNotificationRequest with reason Triggered: Accepted.
    await bootAccepted(ctx, 'Triggered', 'B01.FR.02');
    // 7-8. The connectors are reported Available.
    await reportConnectors(ctx, 'Available');
  },
});
