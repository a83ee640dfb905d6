import { defineTestCase } from '../../kit.js';
import { triggeredConnectorStatus, trigger } from './steps.cs.js';

export const TC_F_23_CS = defineTestCase({
  id: 'TC_F_23_CS',
  title: 'Trigger message - StatusNotification - Specific EVSE - Available',
  version: '2.0.1',
  sut: 'CS',
  profiles: [trigger('5')],
  covers: ['F06', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  catches: ['trigger-not-sent'],
  async run(ctx) {
    // 1-4. TriggerMessage StatusNotification for <Configured evseId> / <Configured connectorId>: Accepted; the connector is reported Available.
    await triggeredConnectorStatus(ctx, 'Available');
  },
});
