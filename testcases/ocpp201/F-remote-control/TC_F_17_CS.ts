import { defineTestCase } from '../../kit.js';
import { configuredConnector, trigger, triggerAccepted } from './steps.cs.js';

export const TC_F_17_CS = defineTestCase({
  id: 'TC_F_17_CS',
  title: 'Trigger message - FirmwareStatusNotification - Specific EVSE not relevant',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('4')],
  covers: ['F06', 'F06.FR.03', 'F06.FR.04', 'F06.FR.05', 'F06.FR.16'],
  catches: ['trigger-not-sent', 'trigger-firmware-status-stale', 'trigger-evse-not-relevant-rejected'],
  async run(ctx) {
    const notification = ctx.sut.expectCall('FirmwareStatusNotification', { requirement: 'F06.FR.10' });
    // 1-2. TriggerMessage FirmwareStatusNotification for <Configured evseId> (not relevant to it: ignored, F06.FR.03): Accepted.
    await triggerAccepted(ctx, { requestedMessage: 'FirmwareStatusNotification', evse: { id: configuredConnector(ctx).evseId } });
    // 3-4. FirmwareStatusNotificationRequest with status Idle (nothing in progress).
    const p = (await notification).payload;
    ctx.expect(p.status, 'F06.FR.16: FirmwareStatusNotificationRequest status').to.equal('Idle');
  },
});
