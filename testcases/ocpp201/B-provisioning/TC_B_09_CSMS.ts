import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { SET_ATTRIBUTE_TYPES, expectVariables, setVariablesResponse, variable } from './steps.csms.js';

export const TC_B_09_CSMS = defineTestCase({
  id: 'TC_B_09_CSMS',
  title: 'Set Variables - single value',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03', 'B05.FR.10', 'B05.FR.12'],
  catches: ['variables-misspelled-component'],
  async run(ctx) {
    const { expect } = ctx;
    const wanted = [{ ...variable('OCPPCommCtrlr', 'OfflineThreshold'), attributeValue: '123' }];
    // 1-2. Manually request the CSMS to set OCPPCommCtrlr.OfflineThreshold to 123; the station accepts.
    const call = await csmsRequest(ctx, 'SetVariables', setVariablesResponse, { hint: { setVariableData: wanted } });
    const items = expectVariables(ctx, call.payload.setVariableData, wanted, 'B05.FR.02', SET_ATTRIBUTE_TYPES);
    expect(items[0]?.attributeValue, 'B05.FR.02: attributeValue of OCPPCommCtrlr.OfflineThreshold').to.equal('123');
  },
});
