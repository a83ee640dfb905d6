import { defineTestCase } from '../../kit.js';
import { monitorEventSent } from './steps.csms.js';

export const TC_N_48_CSMS = defineTestCase({
  id: 'TC_N_48_CSMS',
  title: 'Alert Event - Variable monitoring on write only',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.10'],
  catches: ['monitoring-event-unhandled'],
  async run(ctx) {
    // 1. The OCTT sends NotifyEventRequest of a Delta monitor on the write-only SecurityCtrlr.BasicAuthPassword, actualValue
    // empty (N07.FR.10); 2. the CSMS responds with NotifyEventResponse.
    await monitorEventSent(ctx, { trigger: 'Delta', actualValue: '', component: { name: 'SecurityCtrlr' }, variable: { name: 'BasicAuthPassword' } }, 'N07');
  },
});
