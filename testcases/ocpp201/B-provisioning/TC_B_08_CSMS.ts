import { defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { GET_ATTRIBUTE_TYPES, STATION_VALUES, expectVariables, getVariablesResponse, keyOf, variable, type VariableData } from './steps.csms.js';

export const TC_B_08_CSMS = defineTestCase({
  id: 'TC_B_08_CSMS',
  title: 'Get Variables - limit to maximum number of values',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 Ed3 lists this case for neither side; it concerns a CSMS that puts several variables in one request (C-45).
  profiles: [{ profile: 'Core', condition: 'C-45' }],
  covers: ['B06', 'B06.FR.05'],
  catches: ['ignores-items-per-message', 'getvariables-split-too-small'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const limitVariable = variable('DeviceDataCtrlr', 'ItemsPerMessage', 'GetVariables');
    const limit = Number(STATION_VALUES[keyOf(limitVariable)]);
    // Configuration state: the CSMS reads DeviceDataCtrlr.ItemsPerMessage[GetVariables] (GetVariablesRequest): 4.
    await csmsRequest(ctx, 'GetVariables', getVariablesResponse, { hint: { getVariableData: [limitVariable] } });
    const wanted = [
      variable('DeviceDataCtrlr', 'ItemsPerMessage', 'GetReport'), limitVariable,
      variable('DeviceDataCtrlr', 'BytesPerMessage', 'GetReport'), variable('DeviceDataCtrlr', 'BytesPerMessage', 'GetVariables'),
      variable('AuthCtrlr', 'AuthorizeRemoteStart'),
    ];
    // 1-2. Manually request the CSMS for the 5 variables; the station answers every GetVariablesRequest that comes.
    const received: VariableData[] = [];
    const sizes: number[] = [];
    const asked = ctx.operator.do('csmsSend', { action: 'GetVariables', stationId: ctx.ics.station.id, hint: { getVariableData: wanted } });
    asked.catch(() => undefined);
    while (received.length < wanted.length) {
      const incoming = sut.expectCall('GetVariables', { requirement: 'B06.FR.05', describe: `(${received.length} of ${wanted.length} variables so far)` });
      // An operator who cannot do it is INCONCLUSIVE at once; otherwise the requests decide.
      const call = await Promise.race([incoming, asked.then(() => incoming)]);
      call.respond(getVariablesResponse(call.payload));
      const data = call.payload.getVariableData ?? [];
      // Post scenario: no request holds more than ItemsPerMessageGetVariables elements.
      expect(data.length, `B06.FR.05: elements in one GetVariablesRequest (ItemsPerMessageGetVariables is ${limit})`).to.be.at.most(limit);
      received.push(...data);
      sizes.push(data.length);
    }
    await asked;
    // Step 1: a GetVariablesRequest for 4 variables and one for 1 (in arbitrary order).
    const full = Math.min(limit, wanted.length);
    expect([...sizes].sort((a, b) => b - a), `B06.FR.05: variables per GetVariablesRequest (one request of ${full}, one of ${wanted.length - full})`)
      .to.deep.equal([full, wanted.length - full].filter((n) => n > 0));
    expectVariables(ctx, received, wanted, 'B06.FR.05', GET_ATTRIBUTE_TYPES);
  },
});
