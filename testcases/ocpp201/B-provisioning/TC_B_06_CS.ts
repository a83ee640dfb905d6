import { defineTestCase } from '../../kit.js';
import { configuredOfflineThreshold, OFFLINE_THRESHOLD, configure, getVariables, resultFor, statusInfoIs } from './steps.cs.js';

// --- B06 Get Variables ------------------------------------------------------------------------------

export const TC_B_06_CS = defineTestCase({
  id: 'TC_B_06_CS',
  title: 'Get Variables - single value',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03', 'B06.FR.04', 'B06.FR.10', 'B06.FR.11'],
  catches: ['setvariables-ignored', 'result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // Configuration State: OCPPCommCtrlr.OfflineThreshold is 300.
    await configure(ctx, [[OFFLINE_THRESHOLD, configuredOfflineThreshold(ctx)]]);
    // 1. GetVariables OCPPCommCtrlr.OfflineThreshold, attributeType Actual.
    const results = await getVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeType: 'Actual' }]);
    // 2. GetVariablesResponse.
    expect(results, 'B06.FR.01: one getVariableResult per getVariableData').to.have.length(1);
    const r = resultFor(ctx, results, OFFLINE_THRESHOLD, 'B06.FR.02');
    expect(r.attributeStatus, 'B06.FR.10: attributeStatus').to.equal('Accepted');
    expect(r.attributeType, 'B06.FR.03: attributeType').to.equal('Actual');
    expect(r.attributeValue, 'B06.FR.04: attributeValue').to.equal(configuredOfflineThreshold(ctx));
    statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], 'B06.FR.10: attributeStatusInfo.reasonCode');
  },
});
