import type { CaseContext, ConfigureCsmsSetting, Payload, Request, Response, Received } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { bootRequest } from '../_shared/states.csms.js';

// --- helpers of this block ----------------------------------------------------------------------

export interface VariableData {
  component?: { name?: string; instance?: string; evse?: { id?: number } };
  variable?: { name?: string; instance?: string };
  attributeType?: string;
  attributeValue?: string;
}

export const variable = (component: string, name: string, instance?: string): VariableData => ({
  component: { name: component }, variable: { name, ...(instance ? { instance } : {}) },
});

export const keyOf = (d: VariableData) => `${d.component?.name ?? ''}.${d.variable?.name ?? ''}${d.variable?.instance ? `[${d.variable.instance}]` : ''}`;

/** The station's values of the variables the cases ask for (the harness's device model). */
export const STATION_VALUES: Record<string, string> = {
  'OCPPCommCtrlr.OfflineThreshold': '60',
  'AuthCtrlr.AuthorizeRemoteStart': 'false',
  'DeviceDataCtrlr.ItemsPerMessage[GetReport]': '10',
  'DeviceDataCtrlr.ItemsPerMessage[GetVariables]': '4',
  'DeviceDataCtrlr.BytesPerMessage[GetReport]': '4096',
  'DeviceDataCtrlr.BytesPerMessage[GetVariables]': '4096',
};

/** GetVariablesResponse: the value of every known variable, UnknownVariable for the rest. */
export function getVariablesResponse(request: Request<'2.0.1', 'GetVariables'>): Response<'2.0.1', 'GetVariables'> {
  return {
    // `?? []`: a hostile CSMS may leave the list out; its schema violation fails the case, the answer must not throw.
    getVariableResult: (request.getVariableData ?? []).map((d) => {
      const value = STATION_VALUES[keyOf(d)];
      return {
        attributeStatus: value === undefined ? 'UnknownVariable' as const : 'Accepted' as const, component: d.component, variable: d.variable,
        ...(d.attributeType ? { attributeType: d.attributeType } : {}), ...(value === undefined ? {} : { attributeValue: value }),
      };
    }),
  };
}

/** SetVariablesResponse: every variable Accepted. */
export function setVariablesResponse(request: Request<'2.0.1', 'SetVariables'>): Response<'2.0.1', 'SetVariables'> {
  return {
    setVariableResult: (request.setVariableData ?? []).map((d) => ({
      attributeStatus: 'Accepted' as const, component: d.component, variable: d.variable, ...(d.attributeType ? { attributeType: d.attributeType } : {}),
    })),
  };
}

/** Checks that `list` holds exactly the `wanted` variables, in any order, each with an allowed attributeType. */
export function expectVariables(ctx: CaseContext<'2.0.1', 'CSMS'>, list: unknown, wanted: VariableData[], requirement: string, allowedTypes: Array<string | undefined>): VariableData[] {
  const { expect } = ctx;
  expect(list, `${requirement}: list of variables in the request`).to.be.an('array');
  const items = list as VariableData[];
  expect(items.map(keyOf).sort(), `${requirement}: component.name/variable.name of the requested variables`).to.deep.equal(wanted.map(keyOf).sort());
  for (const d of items) expect(d.attributeType, `${requirement}: attributeType of ${keyOf(d)}`).to.be.oneOf(allowedTypes);
  return items;
}

export const GET_ATTRIBUTE_TYPES = [undefined, 'Actual', 'Target', 'MinSet', 'MaxSet'];

export const SET_ATTRIBUTE_TYPES = [undefined, 'Actual'];

/** The configureCsms operator action with a documented setting (src/engine/operator-actions.ts). */
async function configureCsms(ctx: CaseContext<'2.0.1', 'CSMS'>, setting: ConfigureCsmsSetting, value: unknown): Promise<void> {
  await ctx.operator.do('configureCsms', { setting, value, stationId: ctx.ics.station.id });
}

/** Configures the CSMS to answer the station's next BootNotification with `status` (Part 6 prerequisite). */
export async function firstBootAnswered(ctx: CaseContext<'2.0.1', 'CSMS'>, status: 'Pending' | 'Rejected'): Promise<void> {
  await configureCsms(ctx, 'nextBootStatus', status);
}

/** The station powers up again and sends BootNotification PowerUp; returns the CSMS's answer (any status). */
export async function powerUpBoot(ctx: CaseContext<'2.0.1', 'CSMS'>): Promise<Payload> {
  const { sut } = ctx;
  if (sut.isConnected()) await sut.disconnect();
  await sut.expectConnection();
  const res = await sut.call('BootNotification', bootRequest(ctx, 'PowerUp'), { requirement: 'B01.FR.02' });
  sut.bootStatus = String(res.status);
  return res;
}

/** "Manually instruct CSMS to ..." a Reset; the station answers `status`. */
export function resetRequest(ctx: CaseContext<'2.0.1', 'CSMS'>, hint: Payload, status: 'Accepted' | 'Scheduled'): Promise<Received<'2.0.1', 'Reset'>> {
  return csmsRequest(ctx, 'Reset', () => ({ status }), { hint });
}

// --- Get Base Report / Get Custom Report ----------------------------------------------------------

/** B_12-B_14: the CSMS asks for a base report; afterwards the station reports (post scenario: the CSMS takes the NotifyReport). */
export async function baseReport(ctx: CaseContext<'2.0.1', 'CSMS'>, reportBase: string, requirement: string): Promise<void> {
  const { sut, expect } = ctx;
  // 1-2. Manually instruct the CSMS to retrieve the report; the station accepts.
  const call = await csmsRequest(ctx, 'GetBaseReport', () => ({ status: 'Accepted' as const }), { hint: { reportBase } });
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

// --- Set new NetworkConnectionProfile -------------------------------------------------------------

/** The "Configured" network connection profile the operator asks the CSMS to set: this endpoint, the ICS security profile. */
export function configuredNetworkProfile(ctx: CaseContext<'2.0.1', 'CSMS'>): { configurationSlot: number; connectionData: Payload } {
  return {
    configurationSlot: 1,
    connectionData: {
      ocppVersion: 'OCPP20', ocppTransport: 'JSON', ocppCsmsUrl: String(ctx.settings.endpoint ?? ''), messageTimeout: 30,
      securityProfile: ctx.ics.securityProfile, ocppInterface: 'Wired0',
    },
  };
}
