/**
 * Functional block B (Provisioning), CSMS under test: the harness plays the charging station.
 * Steps follow OCPP 2.0.1 Part 6, section "B. Provisioning".
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import type { ReceivedCall } from '../../src/ocpp/peer.js';
import type { Payload } from '../../src/ocpp/types.js';
import { csmsRequest, idTokenStatus, transactionEvent, validToken } from './charging-session.csms.js';
import { bootAccepted, booted, bootRequest, energyTransferStarted, rebooted, reportConnectors } from './states.csms.js';

export const TC_B_01_CSMS = defineTestCase({
  id: 'TC_B_01_CSMS',
  title: 'Cold Boot Charging Station - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B01', 'B01.FR.02'],
  preconditions: false,
  catches: ['boot-rejects-known-station'],
  async run(ctx) {
    // 1. Execute Reusable State Booted.
    await booted(ctx);
  },
});

// --- helpers of this block ----------------------------------------------------------------------

interface VariableData {
  component?: { name?: string; instance?: string; evse?: { id?: number } };
  variable?: { name?: string; instance?: string };
  attributeType?: string;
  attributeValue?: string;
}

const variable = (component: string, name: string, instance?: string): VariableData => ({
  component: { name: component }, variable: { name, ...(instance ? { instance } : {}) },
});

const keyOf = (d: VariableData) => `${d.component?.name ?? ''}.${d.variable?.name ?? ''}${d.variable?.instance ? `[${d.variable.instance}]` : ''}`;

/** The station's values of the variables the cases ask for (the harness's device model). */
const STATION_VALUES: Record<string, string> = {
  'OCPPCommCtrlr.OfflineThreshold': '60',
  'AuthCtrlr.AuthorizeRemoteStart': 'false',
  'DeviceDataCtrlr.ItemsPerMessage[GetReport]': '10',
  'DeviceDataCtrlr.ItemsPerMessage[GetVariables]': '4',
  'DeviceDataCtrlr.BytesPerMessage[GetReport]': '4096',
  'DeviceDataCtrlr.BytesPerMessage[GetVariables]': '4096',
};

/** GetVariablesResponse: the value of every known variable, UnknownVariable for the rest. */
function getVariablesResponse(request: Payload): Payload {
  return {
    getVariableResult: ((request.getVariableData as VariableData[] | undefined) ?? []).map((d) => {
      const value = STATION_VALUES[keyOf(d)];
      return {
        attributeStatus: value === undefined ? 'UnknownVariable' : 'Accepted', component: d.component, variable: d.variable,
        ...(d.attributeType ? { attributeType: d.attributeType } : {}), ...(value === undefined ? {} : { attributeValue: value }),
      };
    }),
  };
}

/** SetVariablesResponse: every variable Accepted. */
function setVariablesResponse(request: Payload): Payload {
  return {
    setVariableResult: ((request.setVariableData as VariableData[] | undefined) ?? []).map((d) => ({
      attributeStatus: 'Accepted', component: d.component, variable: d.variable, ...(d.attributeType ? { attributeType: d.attributeType } : {}),
    })),
  };
}

/** Checks that `list` holds exactly the `wanted` variables, in any order, each with an allowed attributeType. */
function expectVariables(ctx: CaseContext, list: unknown, wanted: VariableData[], requirement: string, allowedTypes: Array<string | undefined>): VariableData[] {
  const { expect } = ctx;
  expect(list, `${requirement}: list of variables in the request`).to.be.an('array');
  const items = list as VariableData[];
  expect(items.map(keyOf).sort(), `${requirement}: component.name/variable.name of the requested variables`).to.deep.equal(wanted.map(keyOf).sort());
  for (const d of items) expect(d.attributeType, `${requirement}: attributeType of ${keyOf(d)}`).to.be.oneOf(allowedTypes);
  return items;
}

const GET_ATTRIBUTE_TYPES = [undefined, 'Actual', 'Target', 'MinSet', 'MaxSet'];
const SET_ATTRIBUTE_TYPES = [undefined, 'Actual'];

/** Configures the CSMS to answer the station's next BootNotification with `status` (Part 6 prerequisite). */
async function firstBootAnswered(ctx: CaseContext, status: 'Pending' | 'Rejected'): Promise<void> {
  await ctx.operator.do('configureCsms', { setting: 'nextBootStatus', value: status, stationId: ctx.ics.station.id });
}

/** The station powers up again and sends BootNotification PowerUp; returns the CSMS's answer (any status). */
async function powerUpBoot(ctx: CaseContext): Promise<Payload> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  await sut.expectConnection();
  const res = await sut.call('BootNotification', bootRequest(ctx, 'PowerUp'), { requirement: 'B01.FR.02' });
  sut.bootStatus = String(res.status);
  return res;
}

/** "Manually instruct CSMS to ..." a Reset; the station answers `status`. */
function resetRequest(ctx: CaseContext, hint: Payload, status: 'Accepted' | 'Scheduled'): Promise<ReceivedCall> {
  return csmsRequest(ctx, 'Reset', () => ({ status }), { hint });
}

// --- Cold Boot Charging Station ------------------------------------------------------------------

export const TC_B_02_CSMS = defineTestCase({
  id: 'TC_B_02_CSMS',
  title: 'Cold Boot Charging Station - Pending',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44' }],
  covers: ['B02', 'B02.FR.01', 'B02.FR.06'],
  // The case boots the station itself.
  preconditions: false,
  catches: ['closes-on-pending', 'boot-rejects-known-station'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending.
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending.
    const first = await powerUpBoot(ctx);
    expect(first.status, 'B02.FR.01: BootNotificationResponse status').to.equal('Pending');
    // The OCTT waits the interval of the response (its configured heartbeatInterval when 0), answering what the CSMS asks meanwhile.
    const interval = Number(first.interval) > 0 ? Number(first.interval) : ctx.ics.heartbeatInterval;
    await ctx.specifiedWait(interval * 1000, 'the interval of the Pending BootNotificationResponse');
    expect(sut.isConnected(), 'B02.FR.06: the connection stays open while the station is Pending').to.equal(true);
    // 3-4. BootNotificationRequest again: now Accepted.
    await bootAccepted(ctx, 'PowerUp', 'B02.FR.01');
    // 5-6. The connectors are reported Available.
    await reportConnectors(ctx, 'Available');
  },
});

export const TC_B_30_CSMS = defineTestCase({
  id: 'TC_B_30_CSMS',
  title: 'Cold Boot Charging Station - Pending/Rejected - SecurityError',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44 or NOT AQ-6' }],
  covers: ['B02', 'B03', 'B02.FR.09', 'B03.FR.07'],
  preconditions: false,
  catches: ['pending-accepts-calls'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending (or Rejected).
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending or Rejected.
    const boot = await powerUpBoot(ctx);
    expect(boot.status, 'B02.FR.09: BootNotificationResponse status').to.be.oneOf(['Pending', 'Rejected']);
    // 3-4. The station reports its connectors unasked: the CSMS answers every message with CALLERROR SecurityError.
    for (const evse of ctx.ics.evses) {
      for (let connectorId = 1; connectorId <= evse.connectors; connectorId += 1) {
        const messages: Array<[string, Payload]> = [
          ['StatusNotification', { timestamp: sut.now(), connectorStatus: 'Available', evseId: evse.id, connectorId }],
          ['NotifyEvent', {
            generatedAt: sut.now(), seqNo: 0,
            eventData: [{
              eventId: Math.floor(Math.random() * 1e6), timestamp: sut.now(), trigger: 'Delta', actualValue: 'Available', eventNotificationType: 'HardWiredNotification',
              component: { name: 'Connector', evse: { id: evse.id, connectorId } }, variable: { name: 'AvailabilityState' },
            }],
          }],
        ];
        for (const [action, payload] of messages) {
          const outcome = await sut.callRaw(action, payload);
          const requirement = boot.status === 'Rejected' ? 'B03.FR.07' : 'B02.FR.09';
          expect(outcome.kind, `${requirement}: the CSMS answers ${action} of a ${String(boot.status)} station with a CALLERROR`).to.equal('error');
          expect(outcome.kind === 'error' ? outcome.errorCode : undefined, `${requirement}: CALLERROR code for ${action}`).to.equal('SecurityError');
        }
      }
    }
  },
});

export const TC_B_31_CSMS = defineTestCase({
  id: 'TC_B_31_CSMS',
  title: 'Cold Boot Charging Station - Pending/Rejected - TriggerMessage',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44 or NOT AQ-6' }],
  covers: ['B02', 'F06'],
  preconditions: false,
  catches: ['trigger-wrong-message', 'boot-rejects-known-station'],
  async run(ctx) {
    const { expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending (or Rejected).
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending or Rejected.
    const boot = await powerUpBoot(ctx);
    expect(boot.status, 'B02.FR.01: BootNotificationResponse status').to.be.oneOf(['Pending', 'Rejected']);
    // 3-4. The CSMS sends TriggerMessageRequest BootNotification before the interval expired; the station accepts.
    const trigger = await csmsRequest(ctx, 'TriggerMessage', () => ({ status: 'Accepted' }), { hint: { requestedMessage: 'BootNotification' } });
    expect(trigger.payload.requestedMessage, 'F06.FR.01: TriggerMessageRequest requestedMessage').to.equal('BootNotification');
    // 5-6. BootNotificationRequest with reason Triggered: Accepted.
    await bootAccepted(ctx, 'Triggered', 'B01.FR.02');
    // 7-8. The connectors are reported Available.
    await reportConnectors(ctx, 'Available');
  },
});

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

export const TC_B_08_CSMS = defineTestCase({
  id: 'TC_B_08_CSMS',
  title: 'Get Variables - limit to maximum number of values',
  version: '2.0.1',
  sut: 'CSMS',
  // Part 5 Ed3 lists this case for neither side; it concerns a CSMS that puts several variables in one request (C-45).
  profiles: [{ profile: 'Core', condition: 'C-45' }],
  covers: ['B06', 'B06.FR.05'],
  catches: ['ignores-items-per-message'],
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
    const asked = ctx.operator.do('csmsSend', { action: 'GetVariables', stationId: ctx.ics.station.id, hint: { getVariableData: wanted } });
    asked.catch(() => undefined);
    while (received.length < wanted.length) {
      const incoming = sut.expectCall('GetVariables', { requirement: 'B06.FR.05', describe: `(${received.length} of ${wanted.length} variables so far)` });
      // An operator who cannot do it is INCONCLUSIVE at once; otherwise the requests decide.
      const call = await Promise.race([incoming, asked.then(() => incoming)]);
      call.respond(getVariablesResponse(call.payload));
      const data = (call.payload.getVariableData as VariableData[] | undefined) ?? [];
      // Post scenario: no request holds more than ItemsPerMessageGetVariables elements.
      expect(data.length, `B06.FR.05: elements in one GetVariablesRequest (ItemsPerMessageGetVariables is ${limit})`).to.be.at.most(limit);
      received.push(...data);
    }
    await asked;
    expectVariables(ctx, received, wanted, 'B06.FR.05', GET_ATTRIBUTE_TYPES);
  },
});

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

// --- Get Base Report / Get Custom Report ----------------------------------------------------------

/** B_12-B_14: the CSMS asks for a base report; afterwards the station reports (post scenario: the CSMS takes the NotifyReport). */
async function baseReport(ctx: CaseContext, reportBase: string, requirement: string): Promise<void> {
  const { sut, expect } = ctx;
  // 1-2. Manually instruct the CSMS to retrieve the report; the station accepts.
  const call = await csmsRequest(ctx, 'GetBaseReport', () => ({ status: 'Accepted' }), { hint: { reportBase } });
  const { requestId } = call.payload;
  expect(Number.isInteger(requestId) && Number(requestId) >= 0, `${requirement}: GetBaseReportRequest requestId is an integer >= 0 (got ${String(requestId)})`).to.equal(true);
  expect(call.payload.reportBase, `${requirement}: GetBaseReportRequest reportBase`).to.equal(reportBase);
  // Post scenario: the CSMS receives the NotifyReportRequest of this requestId.
  await sut.call('NotifyReport', {
    requestId, generatedAt: sut.now(), seqNo: 0, tbc: false,
    reportData: [{
      component: { name: 'OCPPCommCtrlr' }, variable: { name: 'OfflineThreshold' },
      variableAttribute: [{ type: 'Actual', value: STATION_VALUES['OCPPCommCtrlr.OfflineThreshold'] ?? '60', mutability: 'ReadWrite' }],
      variableCharacteristics: { dataType: 'integer', supportsMonitoring: false, unit: 's' },
    }],
  }, { requirement });
}

export const TC_B_12_CSMS = defineTestCase({
  id: 'TC_B_12_CSMS',
  title: 'Get Base Report - ConfigurationInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-17' }, 'Advanced Device Management'],
  covers: ['B07', 'B07.FR.07'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'ConfigurationInventory', 'B07.FR.07');
  },
});

export const TC_B_13_CSMS = defineTestCase({
  id: 'TC_B_13_CSMS',
  title: 'Get Base Report - FullInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-50.2' }],
  covers: ['B07', 'B07.FR.08'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'FullInventory', 'B07.FR.08');
  },
});

export const TC_B_14_CSMS = defineTestCase({
  id: 'TC_B_14_CSMS',
  title: 'Get Base Report - SummaryInventory',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['B07', 'B07.FR.09'],
  catches: ['base-report-wrong-type'],
  async run(ctx) {
    await baseReport(ctx, 'SummaryInventory', 'B07.FR.09');
  },
});

export const TC_B_18_CSMS = defineTestCase({
  id: 'TC_B_18_CSMS',
  title: 'Get Custom Report - with componentCriteria and component/variables',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Device Management'],
  covers: ['B08', 'B08.FR.01', 'B08.FR.03'],
  catches: ['get-report-drops-criteria'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const componentVariable = [{ component: { name: 'EVSE', evse: { id: 1 } }, variable: { name: 'AvailabilityState' } }];
    const check = (call: ReceivedCall, criterion: string, step: string) => {
      expect(call.payload.componentCriteria, `B08.FR.01: ${step} GetReportRequest componentCriteria`).to.deep.equal([criterion]);
      const cv = (call.payload.componentVariable as VariableData[] | undefined)?.[0];
      expect(cv?.component?.name, `B08.FR.01: ${step} componentVariable[0].component.name`).to.equal('EVSE');
      expect(cv?.component?.evse?.id, `B08.FR.01: ${step} componentVariable[0].component.evse.id`).to.equal(1);
      expect(cv?.variable?.name, `B08.FR.01: ${step} componentVariable[0].variable.name`).to.equal('AvailabilityState');
    };
    // 1-2. Manually instruct the CSMS to get EVSE #1 AvailabilityState from all Problem components; no such component: EmptyResultSet.
    const problem = await csmsRequest(ctx, 'GetReport', () => ({ status: 'EmptyResultSet' }), { hint: { componentCriteria: ['Problem'], componentVariable } });
    check(problem, 'Problem', 'step 1');
    // 3-4. The same from all Available components: Accepted.
    const available = await csmsRequest(ctx, 'GetReport', () => ({ status: 'Accepted' }), { hint: { componentCriteria: ['Available'], componentVariable } });
    check(available, 'Available', 'step 3');
    // 5-6. NotifyReportRequest with the result; the CSMS responds.
    await sut.call('NotifyReport', {
      requestId: available.payload.requestId, generatedAt: sut.now(), seqNo: 0, tbc: false,
      reportData: [{
        component: { name: 'EVSE', evse: { id: 1 } }, variable: { name: 'AvailabilityState' },
        variableAttribute: [{ type: 'Actual', value: 'Available', mutability: 'ReadOnly' }],
        variableCharacteristics: { dataType: 'OptionList', valuesList: 'Available,Occupied,Reserved,Unavailable,Faulted', supportsMonitoring: true },
      }],
    }, { requirement: 'B08.FR.03' });
  },
});

// --- Reset Charging Station / Reset EVSE ----------------------------------------------------------

export const TC_B_20_CSMS = defineTestCase({
  id: 'TC_B_20_CSMS',
  title: 'Reset Charging Station - Without ongoing transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.04'],
  catches: ['reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Manual action: reboot the charging station with type OnIdle. 1-2. ResetRequest; the station accepts.
    const reset = await resetRequest(ctx, { type: 'OnIdle' }, 'Accepted');
    // Errata 2024-09: evseId must be omitted.
    expect(reset.payload.evseId, 'B11.FR.03: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-6. The station reboots: BootNotification (Accepted), connectors Available.
    await rebooted(ctx, { reason: 'RemoteReset', requirement: 'B11.FR.04' });
  },
});

export const TC_B_21_CSMS = defineTestCase({
  id: 'TC_B_21_CSMS',
  title: 'Reset Charging Station - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03', 'E07.FR.03'],
  catches: ['reset-wrong-type', 'reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging station with type OnIdle. 1-2. ResetRequest; the station schedules it.
    const reset = await resetRequest(ctx, { type: 'OnIdle' }, 'Scheduled');
    expect(reset.payload.type, 'B12.FR.01: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B12.FR.03: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-4. TransactionEvent Updated StopAuthorized, EVConnected, with the valid idToken.
    const stop = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', chargingState: 'EVConnected', idToken: validToken(ctx) });
    expect(idTokenStatus(stop), 'E07.FR.03: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 5-6. TransactionEvent Ended EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
    // 7-10. The station reboots: BootNotification ScheduledReset (Accepted), connectors Available.
    await rebooted(ctx, { reason: 'ScheduledReset', requirement: 'B12.FR.03' });
  },
});

export const TC_B_22_CSMS = defineTestCase({
  id: 'TC_B_22_CSMS',
  title: 'Reset Charging Station - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B12'],
  catches: ['reset-wrong-type', 'reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const evse = ctx.ics.evses[0] ?? { id: 1, connectors: 1 };
    // Manual action: reboot the charging station with type Immediate. 1-2. ResetRequest; the station accepts.
    const reset = await resetRequest(ctx, { type: 'Immediate' }, 'Accepted');
    expect(reset.payload.type, 'B12.FR.02: ResetRequest type').to.equal('Immediate');
    expect(reset.payload.evseId, 'B12.FR.04: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-4. TransactionEvent Ended ResetCommand, EVConnected, stoppedReason ImmediateReset, no idToken.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ResetCommand', chargingState: 'EVConnected', stoppedReason: 'ImmediateReset' });
    // 5-8. The station reboots: BootNotification RemoteReset (Accepted); the EV's connector is Occupied, the others Available.
    await rebooted(ctx, {
      reason: 'RemoteReset', requirement: 'B12.FR.04',
      connectorStatus: (evseId, connectorId) => (evseId === evse.id && connectorId === 1 ? 'Occupied' : 'Available'),
    });
  },
});

export const TC_B_25_CSMS = defineTestCase({
  id: 'TC_B_25_CSMS',
  title: 'Reset EVSE - Without ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B11', 'B11.FR.04'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Manual action: reboot an EVSE with type OnIdle. 1-2. ResetRequest for the EVSE; the station accepts.
    const reset = await resetRequest(ctx, { type: 'OnIdle', evseId }, 'Accepted');
    expect(reset.payload.type, 'B11.FR.08: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B11.FR.08: ResetRequest evseId').to.equal(evseId);
  },
});

export const TC_B_26_CSMS = defineTestCase({
  id: 'TC_B_26_CSMS',
  title: 'Reset EVSE - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.07'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging EVSE with type OnIdle. 1-2. ResetRequest for the EVSE; the station schedules it.
    const reset = await resetRequest(ctx, { type: 'OnIdle', evseId }, 'Scheduled');
    expect(reset.payload.type, 'B12.FR.07: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B12.FR.07: ResetRequest evseId').to.equal(evseId);
    // 3-4. TransactionEvent Updated StopAuthorized, EVConnected, with the valid idToken.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', chargingState: 'EVConnected', idToken: validToken(ctx) });
    // 5-6. TransactionEvent Ended EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
  },
});

export const TC_B_27_CSMS = defineTestCase({
  id: 'TC_B_27_CSMS',
  title: 'Reset EVSE - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging EVSE with type Immediate. 1-2. ResetRequest for the EVSE; the station accepts.
    const reset = await resetRequest(ctx, { type: 'Immediate', evseId }, 'Accepted');
    expect(reset.payload.type, 'B12.FR.08: ResetRequest type').to.equal('Immediate');
    expect(reset.payload.evseId, 'B12.FR.08: ResetRequest evseId').to.equal(evseId);
    // 3-4. TransactionEvent Ended ResetCommand, EVConnected, stoppedReason ImmediateReset.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ResetCommand', chargingState: 'EVConnected', stoppedReason: 'ImmediateReset' });
  },
});

// --- Set new NetworkConnectionProfile -------------------------------------------------------------

/** The "Configured" network connection profile the operator asks the CSMS to set: this endpoint, the ICS security profile. */
function configuredNetworkProfile(ctx: CaseContext): { configurationSlot: number; connectionData: Payload } {
  return {
    configurationSlot: 1,
    connectionData: {
      ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: String(ctx.settings.endpoint ?? ''), messageTimeout: 30,
      securityProfile: ctx.ics.securityProfile, ocppInterface: 'Wired0',
    },
  };
}

export const TC_B_42_CSMS = defineTestCase({
  id: 'TC_B_42_CSMS',
  title: 'Set new NetworkConnectionProfile - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.01'],
  catches: ['network-profile-wrong-security'],
  async run(ctx) {
    const { expect } = ctx;
    const configured = configuredNetworkProfile(ctx);
    // 1-2. The CSMS sends SetNetworkProfileRequest; the station accepts.
    const call = await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Accepted' }), { hint: configured });
    expect(call.payload.configurationSlot, 'B09.FR.01: SetNetworkProfileRequest configurationSlot').to.equal(configured.configurationSlot);
    const data = (call.payload.connectionData ?? {}) as Payload;
    for (const field of ['messageTimeout', 'ocppCsmsUrl', 'ocppInterface', 'ocppTransport', 'ocppVersion', 'securityProfile']) {
      expect(data[field], `B09.FR.01: SetNetworkProfileRequest connectionData.${field}`).to.equal(configured.connectionData[field]);
    }
  },
});

export const TC_B_44_CSMS = defineTestCase({
  id: 'TC_B_44_CSMS',
  title: 'Set new NetworkConnectionProfile - Failed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B09', 'B09.FR.03'],
  catches: ['network-profile-failed-disconnects'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // 1-2. The CSMS sends SetNetworkProfileRequest; setting the profile fails.
    await csmsRequest(ctx, 'SetNetworkProfile', () => ({ status: 'Failed' }), { hint: configuredNetworkProfile(ctx) });
    // The CSMS handles the Failed answer: the station stays connected and served (a Heartbeat is answered).
    const outcome = sut.isConnected() ? (await sut.callRaw('Heartbeat', {})).kind : 'closed';
    expect(outcome, 'B09.FR.03: the CSMS keeps serving the station after SetNetworkProfileResponse Failed').to.equal('result');
  },
});
