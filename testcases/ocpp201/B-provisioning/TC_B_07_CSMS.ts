import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { GET_ATTRIBUTE_TYPES, expectVariables, getVariablesResponse, variable } from './steps.csms.js';

export const TC_B_07_CSMS = defineTestCase({
  id: 'TC_B_07_CSMS',
  title: 'Get Variables - multiple values',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-45' }],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03'],
  catches: ['variables-misspelled-component', 'variables-first-only'],
  async run(ctx) {
    const wanted = [variable('OCPPCommCtrlr', 'OfflineThreshold'), variable('AuthCtrlr', 'AuthorizeRemoteStart')];
    // 1-2. Manually request the CSMS to get both variables (in one request); the station answers.
    const call = await csmsRequest(ctx, 'GetVariables', getVariablesResponse, { hint: { getVariableData: wanted } });
    expectVariables(ctx, call.payload.getVariableData, wanted, 'B06.FR.01', GET_ATTRIBUTE_TYPES);
  },
});
