import { defineTestCase } from '../../kit.js';
import { lockFailure } from './steps.csms.js';

export const TC_G_20_CSMS = defineTestCase({
  id: 'TC_G_20_CSMS',
  title: 'Connector status Notification - Lock Failure',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['G05', 'G05.FR.03'],
  catches: ['lock-failure-event-unhandled'],
  async run(ctx) {
    // 1. NotifyEventRequest: trigger Delta, ConnectorPlugRetentionLock, variable Problem, actualValue "true".
    // 2. The CSMS responds with a NotifyEventResponse (G05.FR.03).
    await lockFailure(ctx);
  },
});
