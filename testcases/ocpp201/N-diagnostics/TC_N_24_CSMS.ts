import { defineTestCase } from '../../kit.js';
import { monitorEventSent } from './steps.csms.js';

export const TC_N_24_CSMS = defineTestCase({
  id: 'TC_N_24_CSMS',
  title: 'Set Variable Monitoring - Periodic event',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N08', 'N08.FR.02'],
  catches: ['monitoring-event-unhandled'],
  async run(ctx) {
    // 1. The OCTT sends a periodic NotifyEventRequest (repeated: twice), 2. NotifyEventResponse with empty body (validated).
    for (let i = 0; i < 2; i += 1) await monitorEventSent(ctx, { trigger: 'Periodic', actualValue: 'Available' }, 'N08.FR.02');
  },
});
