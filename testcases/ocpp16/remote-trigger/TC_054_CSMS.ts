/** OCTT 1.6 §3.18.1, Table 171: Trigger Message. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId } from '../_shared/states.csms.js';
import { sendTriggered, triggerSent } from './steps.csms.js';

export const TC_054_CSMS = defineTestCase({
  id: 'TC_054_CSMS',
  title: 'Trigger Message',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Remote Trigger'],
  covers: ['5.17', '4.7', '4.6', '4.9', '4.4', '4.5'],
  catches: ['trigger-wrong-message', 'trigger-heartbeat-mislabelled'],
  async run(ctx) {
    const connector = connectorId(ctx);
    // 1-4. TriggerMessage.req MeterValues for <Configured ConnectorId>: Accepted; MeterValues.req answered.
    await triggerSent(ctx, 'MeterValues', 'Accepted', 'step 1', connector);
    await sendTriggered(ctx, 'MeterValues', connector);
    // 5-8. TriggerMessage.req Heartbeat: Accepted; Heartbeat.req answered.
    await triggerSent(ctx, 'Heartbeat', 'Accepted', 'step 5');
    await sendTriggered(ctx, 'Heartbeat', connector);
    // 9-12. TriggerMessage.req StatusNotification for <Configured ConnectorId>: Accepted; StatusNotification.req answered.
    await triggerSent(ctx, 'StatusNotification', 'Accepted', 'step 9', connector);
    await sendTriggered(ctx, 'StatusNotification', connector);
    // 13-16. TriggerMessage.req DiagnosticsStatusNotification: Accepted; DiagnosticsStatusNotification.req Idle answered.
    await triggerSent(ctx, 'DiagnosticsStatusNotification', 'Accepted', 'step 13');
    await sendTriggered(ctx, 'DiagnosticsStatusNotification', connector);
    // 17-20. TriggerMessage.req FirmwareStatusNotification: Accepted (the tool implements it); FirmwareStatusNotification.req Idle answered.
    await triggerSent(ctx, 'FirmwareStatusNotification', 'Accepted', 'step 17');
    await sendTriggered(ctx, 'FirmwareStatusNotification', connector);
  },
});
