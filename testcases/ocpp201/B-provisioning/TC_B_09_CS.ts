import { defineTestCase } from '../../kit.js';
import { configuredOfflineThreshold, OFFLINE_THRESHOLD, resultFor, setVariables, statusInfoIs } from './steps.cs.js';

// --- B05 Set Variables ------------------------------------------------------------------------------

export const TC_B_09_CS = defineTestCase({
  id: 'TC_B_09_CS',
  title: 'Set Variables - single value',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03', 'B05.FR.10', 'B05.FR.12'],
  catches: ['result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // 1. SetVariables OCPPCommCtrlr.OfflineThreshold = 300, attributeType Actual.
    const results = await setVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeValue: configuredOfflineThreshold(ctx), attributeType: 'Actual' }]);
    // 2. SetVariablesResponse.
    expect(results, 'B05.FR.01: one setVariableResult per setVariableData').to.have.length(1);
    const r = resultFor(ctx, results, OFFLINE_THRESHOLD, 'B05.FR.02');
    expect(r.attributeStatus, 'B05.FR.10: setVariableResult[0].attributeStatus').to.equal('Accepted');
    expect(r.attributeType, 'B05.FR.03: setVariableResult[0].attributeType').to.equal('Actual');
    statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], 'B05.FR.10: setVariableResult[0].attributeStatusInfo.reasonCode');
  },
});
