import { defineTestCase } from '../../kit.js';
import { configuredOfflineThreshold, localAuthorizeOffline, OFFLINE_THRESHOLD, configure, currentValues, label, resultFor, setVariables, statusInfoIs } from './steps.cs.js';

export const TC_B_10_CS = defineTestCase({
  id: 'TC_B_10_CS',
  title: 'Set Variables - multiple values',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03', 'B05.FR.10', 'B05.FR.12'],
  catches: ['result-omits-attribute-type'],
  async run(ctx) {
    const { expect } = ctx;
    const localOffline = await localAuthorizeOffline(ctx);
    const before = await currentValues(ctx, [localOffline]);
    // 1. SetVariables OfflineThreshold = 300 and LocalAuthorizationOffline (or LocalAuthorizeOffline) = true, attributeType Actual.
    const results = await setVariables(ctx, [
      { ...OFFLINE_THRESHOLD, attributeValue: configuredOfflineThreshold(ctx), attributeType: 'Actual' },
      { ...localOffline, attributeValue: 'true', attributeType: 'Actual' },
    ]);
    // 2. SetVariablesResponse, results in arbitrary order.
    expect(results, 'B05.FR.01: one setVariableResult per setVariableData').to.have.length(2);
    for (const v of [OFFLINE_THRESHOLD, localOffline]) {
      const r = resultFor(ctx, results, v, 'B05.FR.02');
      expect(r.attributeStatus, `B05.FR.10: ${label(v)} attributeStatus`).to.equal('Accepted');
      expect(r.attributeType, `B05.FR.03: ${label(v)} attributeType`).to.equal('Actual');
      statusInfoIs(ctx, r.attributeStatusInfo, ['NoError'], `B05.FR.10: ${label(v)} attributeStatusInfo.reasonCode`);
    }
    if (before.length) await configure(ctx, before);
  },
});
