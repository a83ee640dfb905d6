import { defineTestCase } from '../../kit.js';
import { monitorEventSent } from './steps.csms.js';

export const TC_N_49_CSMS = defineTestCase({
  id: 'TC_N_49_CSMS',
  title: 'Alert Event - LowerThreshold/UpperThreshold cleared after reboot',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N07'],
  catches: ['monitoring-event-unhandled'],
  async run(ctx) {
    // 1. The OCTT sends NotifyEventRequest with eventData.cleared true, 2. the CSMS answers NotifyEventResponse.
    for (let i = 0; i < 1; i += 1) await monitorEventSent(ctx, { trigger: 'Alerting', cleared: true, actualValue: '0', variable: { name: 'Power' }, component: { name: 'ChargingStation' } }, 'N07');
  },
});
