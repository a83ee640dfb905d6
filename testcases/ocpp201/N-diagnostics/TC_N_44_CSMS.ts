import { adviseUnless, defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

export const TC_N_44_CSMS = defineTestCase({
  id: 'TC_N_44_CSMS',
  title: 'Clear Monitoring - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N06'],
  catches: ['clear-monitoring-wrong-id'],
  advises: ['clear-monitoring-wrong-id'],
  async run(ctx) {
    // 1. The CSMS sends ClearVariableMonitoringRequest, 2. answered Rejected for each id. Part 6 validates nothing of the
    // request; that it names the monitor the operator asked to clear is an advisory.
    const asked = 1;
    const call = await csmsRequest(ctx, 'ClearVariableMonitoring', (r) => ({ clearMonitoringResult: (r.id ?? []).map((id) => ({ id, status: 'Rejected' as const })) }), { hint: { id: [asked] }, requirement: 'N06' });
    adviseUnless(ctx, (call.payload.id ?? []).includes(asked), `ClearVariableMonitoringRequest id lists the monitor ${asked} the operator asked to clear (got ${JSON.stringify(call.payload.id)})`, 'N06');
  },
});
