import { defineTestCase } from '../../kit.js';
import { reportConnector } from '../_shared/charging-session.csms.js';
import { triggerOption, triggerRequested } from './steps.csms.js';

export const TC_F_23_CSMS = defineTestCase({
  id: 'TC_F_23_CSMS',
  title: 'Trigger message - StatusNotification - Specific EVSE - Available',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [triggerOption('5')],
  covers: ['F06', 'F06.FR.01', 'F06.FR.02', 'F06.FR.13'],
  catches: ['trigger-wrong-message'],
  async run(ctx) {
    // 1-2. TriggerMessageRequest StatusNotification for <Configured evseId> / <Configured connectorId>; Accepted.
    await triggerRequested(ctx, 'StatusNotification', { connectorId: true });
    // 3-4. The connector's current state (StatusNotification and NotifyEvent AvailabilityState Available); the CSMS responds.
    await reportConnector(ctx, 'Available');
  },
});
