import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { SET_ATTRIBUTE_TYPES, expectVariables, keyOf, setVariablesResponse, variable } from './steps.csms.js';

export const TC_B_10_CSMS = defineTestCase({
  id: 'TC_B_10_CSMS',
  title: 'Set Variables - multiple values',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-46' }],
  covers: ['B05', 'B05.FR.01', 'B05.FR.02', 'B05.FR.03'],
  catches: ['variables-misspelled-component', 'variables-first-only'],
  async run(ctx) {
    const { expect } = ctx;
    const wanted = [
      { ...variable('OCPPCommCtrlr', 'OfflineThreshold'), attributeValue: '123' },
      { ...variable('AuthCtrlr', 'AuthorizeRemoteStart'), attributeValue: 'false' },
    ];
    // 1-2. Manually request the CSMS to set both variables (in one request); the station accepts.
    const call = await csmsRequest(ctx, 'SetVariables', setVariablesResponse, { hint: { setVariableData: wanted } });
    const items = expectVariables(ctx, call.payload.setVariableData, wanted, 'B05.FR.01', SET_ATTRIBUTE_TYPES);
    for (const w of wanted) {
      expect(items.find((d) => keyOf(d) === keyOf(w))?.attributeValue, `B05.FR.01: attributeValue of ${keyOf(w)}`).to.equal(w.attributeValue);
    }
  },
});
