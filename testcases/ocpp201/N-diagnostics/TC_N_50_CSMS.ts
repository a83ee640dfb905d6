import { defineTestCase } from '../../kit.js';
import { monitorEventSent } from './steps.csms.js';

export const TC_N_50_CSMS = defineTestCase({
  id: 'TC_N_50_CSMS',
  title: 'Alert Event - Periodic Triggered',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N07'],
  catches: ['monitoring-event-unhandled'],
  async run(ctx) {
    // 1. The OCTT sends NotifyEventRequest with eventData.trigger Periodic, 2. the CSMS answers NotifyEventResponse.
    for (let i = 0; i < 1; i += 1) await monitorEventSent(ctx, { trigger: 'Periodic' }, 'N07');
  },
});
