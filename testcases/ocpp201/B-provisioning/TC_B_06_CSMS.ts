import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { GET_ATTRIBUTE_TYPES, expectVariables, getVariablesResponse, variable } from './steps.csms.js';

// --- Get Variables / Set Variables ----------------------------------------------------------------

export const TC_B_06_CSMS = defineTestCase({
  id: 'TC_B_06_CSMS',
  title: 'Get Variables - single value',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B06', 'B06.FR.01', 'B06.FR.02', 'B06.FR.03', 'B06.FR.04', 'B06.FR.10', 'B06.FR.11'],
  catches: ['variables-misspelled-component'],
  async run(ctx) {
    // Part 6 spells the component OCPPCommCtrl here; the device model (part 2 appendices) names it OCPPCommCtrlr.
    const wanted = [variable('OCPPCommCtrlr', 'OfflineThreshold')];
    // 1-2. Manually request the CSMS to get OCPPCommCtrlr.OfflineThreshold; the station answers with its value.
    const call = await csmsRequest(ctx, 'GetVariables', getVariablesResponse, { hint: { getVariableData: wanted } });
    expectVariables(ctx, call.payload.getVariableData, wanted, 'B06.FR.02', GET_ATTRIBUTE_TYPES);
  },
});
