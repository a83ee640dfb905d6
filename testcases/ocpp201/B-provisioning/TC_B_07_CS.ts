import { defineTestCase } from '../../kit.js';
import { configuredOfflineThreshold, localAuthorizeOffline, OFFLINE_THRESHOLD, configure, currentValues, getVariables, label, resultFor, statusInfoIs } from './steps.cs.js';

export const TC_B_07_CS = defineTestCase({
  id: 'TC_B_07_CS',
  title: 'Get Variables - multiple values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03', 'B06.FR.04', 'B06.FR.10'],
  catches: ['setvariables-ignored', 'result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    // Configuration State: OfflineThreshold is 300, LocalAuthorizationOffline (or LocalAuthorizeOffline) is true.
    const localOffline = await localAuthorizeOffline(ctx);
    const before = await currentValues(ctx, [localOffline]);
    await configure(ctx, [[OFFLINE_THRESHOLD, configuredOfflineThreshold(ctx)], [localOffline, 'true']]);
    // 1. GetVariables for both, attributeType Actual.
    const results = await getVariables(ctx, [{ ...OFFLINE_THRESHOLD, attributeType: 'Actual' }, { ...localOffline, attributeType: 'Actual' }]);
    // 2. GetVariablesResponse, results in arbitrary order.
    expect(results, 'B06.FR.01: one getVariableResult per getVariableData').to.have.length(2);
    for (const [v, value] of [[OFFLINE_THRESHOLD, configuredOfflineThreshold(ctx)], [localOffline, 'true']] as const) {
      const r = resultFor(ctx, results, v, 'B06.FR.02');
      expect(r.attributeStatus, `B06.FR.10: ${label(v)} attributeStatus`).to.equal('Accepted');
      expect(r.attributeType, `B06.FR.03: ${label(v)} attributeType`).to.equal('Actual');
      expect(r.attributeValue, `B06.FR.04: ${label(v)} attributeValue`).to.equal(value);
      statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], `B06.FR.10: ${label(v)} attributeStatusInfo.reasonCode`);
    }
    if (before.length) await configure(ctx, before);
  },
});
