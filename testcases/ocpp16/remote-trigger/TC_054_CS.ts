/** OCTT 1.6 §2.21.1, Table 75: Trigger Message. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorOf, messageMs } from '../_shared/states.cs.js';
import { answered, trigger, triggered } from './steps.cs.js';

export const TC_054_CS = defineTestCase({
  id: 'TC_054_CS',
  title: 'Trigger Message',
  version: '1.6',
  sut: 'CS',
  profiles: ['Remote Trigger'],
  covers: ['5.17', '4.7', '4.6', '4.9', '4.4', '4.5'],
  catches: ['trigger-not-sent', 'trigger-16-diagnostics-not-implemented', 'trigger-16-firmware-status-stale'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const connector = connectorOf(ctx);
    // 1-2. TriggerMessage.req MeterValues for <Configured ConnectorId>: Accepted. 3-4. MeterValues.req.
    await triggered(ctx, 'MeterValues', 'step 2', connector, (p) => p.connectorId === connector);
    // 5-6. TriggerMessage.req Heartbeat: Accepted. 7-8. Heartbeat.req.
    await triggered(ctx, 'Heartbeat', 'step 6');
    // 9-10. TriggerMessage.req StatusNotification for <Configured ConnectorId>: Accepted. 11-12. StatusNotification.req.
    await triggered(ctx, 'StatusNotification', 'step 10', connector, (p) => p.connectorId === connector);
    // 13-14. TriggerMessage.req DiagnosticsStatusNotification: Accepted. 15. DiagnosticsStatusNotification.req status Idle.
    const diagnostics = await triggered(ctx, 'DiagnosticsStatusNotification', 'step 14');
    expect(diagnostics.payload.status, '5.17: step 15 DiagnosticsStatusNotification.req status').to.equal('Idle');
    // 17-18. TriggerMessage.req FirmwareStatusNotification: Accepted OR NotImplemented.
    // 19. If implemented (Accepted): FirmwareStatusNotification.req status Idle.
    const firmware = sut.expectCall('FirmwareStatusNotification', { requirement: '5.17', timeoutMs: messageMs(ctx) * 2, describe: '(triggered, step 19)' });
    firmware.catch(() => undefined);
    const status = await trigger(ctx, 'FirmwareStatusNotification');
    expect(status, '5.17: step 18 TriggerMessage.conf status (FirmwareStatusNotification)').to.be.oneOf(['Accepted', 'NotImplemented']);
    if (status === 'NotImplemented') return ctx.log('FirmwareStatusNotification is not implemented (step 18): step 19 does not apply');
    expect(answered(ctx, await firmware).payload.status, '5.17: step 19 FirmwareStatusNotification.req status').to.equal('Idle');
  },
});
