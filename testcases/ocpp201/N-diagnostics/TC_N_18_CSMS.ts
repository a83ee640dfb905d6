import { defineTestCase, type Request } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';

/** The simulated station's MonitoringCtrlr.ItemsPerMessage[ClearVariableMonitoring] (read-only; small, so one more id is a second request). */
const CLEAR_ITEMS_PER_MESSAGE = 2;

type GetVariablesRequest = Request<'2.0.1', 'GetVariables'>;

export const TC_N_18_CSMS = defineTestCase({
  id: 'TC_N_18_CSMS',
  title: 'Clear Monitoring - Too many elements',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['N06', 'N06.FR.04'],
  catches: ['clear-monitoring-ignores-items-per-message'],
  async run(ctx) {
    const { sut, expect, operator, ics } = ctx;
    // 1-2. The CSMS reads MonitoringCtrlr.ItemsPerMessage[ClearVariableMonitoring]; the station reports its limit.
    const limit = { component: { name: 'MonitoringCtrlr' }, variable: { name: 'ItemsPerMessage', instance: 'ClearVariableMonitoring' } };
    await csmsRequest(ctx, 'GetVariables', (r: GetVariablesRequest) => ({
      getVariableResult: r.getVariableData.map((d) => {
        const ours = d.component.name === limit.component.name && d.variable.name === limit.variable.name && d.variable.instance === limit.variable.instance;
        return { component: d.component, variable: d.variable, attributeStatus: ours ? 'Accepted' as const : 'UnknownVariable' as const, ...(ours ? { attributeValue: String(CLEAR_ITEMS_PER_MESSAGE) } : {}) };
      }),
    }), { hint: { getVariableData: [limit] }, requirement: 'N06.FR.04' });
    // 3-4. The CSMS is asked to clear one monitor more than the limit (the ids need not exist); the station answers each request.
    const wanted = Array.from({ length: CLEAR_ITEMS_PER_MESSAGE + 1 }, (_, i) => i + 1);
    const asked = operator.do('csmsSend', { action: 'ClearVariableMonitoring', stationId: ics.station.id, hint: { id: wanted } });
    asked.catch(() => undefined);
    let received = 0;
    let requests = 0;
    while (received < wanted.length) {
      const incoming = sut.expectCall('ClearVariableMonitoring', { requirement: 'N06.FR.04', describe: `(${received} of ${wanted.length} monitor ids so far)` });
      // An operator who cannot do it is INCONCLUSIVE at once; otherwise the requests decide.
      const call = await Promise.race([incoming, asked.then(() => incoming)]);
      call.respond({ clearMonitoringResult: call.payload.id.map((id) => ({ id, status: 'NotFound' as const })) });
      requests += 1;
      // Step 3 (validated): no request holds more than ItemsPerMessageClearVariableMonitoring ids ...
      expect(call.payload.id.length, `N06.FR.04: ids in one ClearVariableMonitoringRequest (ItemsPerMessageClearVariableMonitoring is ${CLEAR_ITEMS_PER_MESSAGE})`).to.be.at.most(CLEAR_ITEMS_PER_MESSAGE);
      received += call.payload.id.length;
    }
    await asked;
    // ... so there are two or more of them.
    expect(requests, 'N06.FR.04: ClearVariableMonitoringRequests for one id more than ItemsPerMessageClearVariableMonitoring').to.be.at.least(2);
  },
});
