import { defineTestCase } from '../../kit.js';
import { CUSTOM_DATA } from './steps.cs.js';

const OFFLINE_THRESHOLD = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' } };

// CustomData - Receive custom data: a SetVariables / GetVariables pair carrying customData (Part 6 Table 420).
export const TC_P_03_CS = defineTestCase({
  id: 'TC_P_03_CS', title: 'CustomData - Receive custom data', version: '2.0.1', sut: 'CS',
  profiles: ['Core'], covers: ['B05', 'B06'], catches: ['setvariables-ignored', 'custom-data-callerror'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Not a Part 6 step: the current value, put back afterwards so later cases find the station as it was.
    const before = await sut.call('GetVariables', { getVariableData: [OFFLINE_THRESHOLD] });
    const old = before.getVariableResult[0]?.attributeValue;
    try {
      // 1-2. SetVariablesRequest OCPPCommCtrlr.OfflineThreshold = 200, Actual, with customData: Accepted.
      const set = await sut.call('SetVariables', {
        customData: CUSTOM_DATA,
        setVariableData: [{ ...OFFLINE_THRESHOLD, attributeValue: '200', attributeType: 'Actual', customData: CUSTOM_DATA }],
      });
      expect(set.setVariableResult[0]?.attributeStatus, 'SetVariablesResponse setVariableResult[0].attributeStatus').to.equal('Accepted');
      // 3-4. GetVariablesRequest OCPPCommCtrlr.OfflineThreshold, Actual, with customData: Accepted, Actual or omitted, 200.
      const get = await sut.call('GetVariables', { customData: CUSTOM_DATA, getVariableData: [{ ...OFFLINE_THRESHOLD, attributeType: 'Actual', customData: CUSTOM_DATA }] });
      const r = get.getVariableResult[0];
      expect(r?.attributeStatus, 'GetVariablesResponse getVariableResult[0].attributeStatus').to.equal('Accepted');
      expect(r?.attributeType ?? 'Actual', 'GetVariablesResponse getVariableResult[0].attributeType').to.equal('Actual');
      expect(r?.attributeValue, 'GetVariablesResponse getVariableResult[0].attributeValue').to.equal('200');
    } finally {
      if (old !== undefined) await sut.callRaw('SetVariables', { setVariableData: [{ ...OFFLINE_THRESHOLD, attributeValue: old }] }).catch(() => undefined);
    }
  },
});
