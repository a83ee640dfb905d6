import { defineTestCase } from '../../kit.js';
import { reportConnector } from '../_shared/charging-session.csms.js';
import { triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_24_CSMS = defineTestCase({
  id: 'TC_F_24_CSMS',
  title: 'Trigger message - StatusNotification - Specific EVSE - Occupied',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('5')],
  covers: ['F06', 'F06.FR.01', 'F06.FR.02', 'F06.FR.13'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. The connector's state: Occupied (StatusNotification and NotifyEvent AvailabilityState); the CSMS responds.
    await reportConnector(ctx, 'Occupied');
    // 3-4. TriggerMessageRequest StatusNotification for <Configured evseId> / <Configured connectorId>; Accepted.
    await triggerRequested(ctx, 'StatusNotification', { connectorId: true });
    // 5-6. The connector's current state again: Occupied; the CSMS responds.
    await reportConnector(ctx, 'Occupied');
  },
});
