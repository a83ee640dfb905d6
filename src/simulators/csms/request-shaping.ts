import { randomBytes, randomInt } from 'node:crypto';
import type { Payload } from '../../rpc/codec.js';
import type { RequestContext } from './types.js';

/**
 * Blocks A and B, CSMS-initiated requests: what the CSMS fills in itself (a new BasicAuthPassword)
 * and the request faults of src/simulators/faults.ts that make it send something else than the
 * operator asked for. Applied to the payload built from the default and the operator's hint.
 */

export interface VariableData {
  component?: { name?: string; instance?: string; evse?: { id?: number; connectorId?: number } };
  variable?: { name?: string; instance?: string };
  attributeType?: string;
  attributeValue?: string;
}

/** passwordString characters that need no escaping anywhere (A00.FR.205 allows more). */
const PASSWORD_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789*-_=:+|@.';

/** A00.FR.205 / A01.FR.07: a random passwordString of 16 to 40 characters (here 32). */
export function newBasicAuthPassword(): string {
  let out = '';
  for (let i = 0; i < 32; i += 1) out += PASSWORD_CHARS[randomInt(PASSWORD_CHARS.length)];
  return out;
}

/** 1.6 security whitepaper A00.FR.205 / A01.FR.07: a random AuthorizationKey of 20 bytes, as 40 hexadecimal digits. */
export function newAuthorizationKey(): string {
  return randomBytes(20).toString('hex').toUpperCase();
}

export function isBasicAuthPassword(d: VariableData): boolean {
  return d.component?.name === 'SecurityCtrlr' && d.variable?.name === 'BasicAuthPassword';
}

const isObject = (v: unknown): v is Payload => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request as sent: `p` is not modified (it may share arrays with the operator's hint). */
export function shapeRequest(ctx: RequestContext, action: string, p: Payload): Payload {
  const q = structuredClone(p);
  const has = ctx.csms.hasFault;
  if (action === 'SetVariables' && Array.isArray(q.setVariableData)) {
    // A01.FR.02: asked to change the password without a value, the CSMS generates one.
    for (const d of q.setVariableData as VariableData[]) if (isBasicAuthPassword(d) && d.attributeValue === undefined) d.attributeValue = newBasicAuthPassword();
  }
  // 1.6 A01.FR.02: asked to change the AuthorizationKey without a value, the Central System generates one.
  if (action === 'ChangeConfiguration' && q.key === 'AuthorizationKey' && q.value === undefined) q.value = newAuthorizationKey();
  if (has('trigger-wrong-message') && (action === 'TriggerMessage' || action === 'ExtendedTriggerMessage')) q.requestedMessage = 'Heartbeat';
  if (has('unlock-connector-zero') && action === 'UnlockConnector' && ctx.version !== '1.6') q.evseId = 0;
  if (has('trigger-heartbeat-mislabelled') && (action === 'TriggerMessage' || action === 'ExtendedTriggerMessage') && q.requestedMessage === 'Heartbeat') q.requestedMessage = 'StatusNotification';
  const listKey = action === 'GetVariables' ? 'getVariableData' : action === 'SetVariables' ? 'setVariableData' : undefined;
  if (listKey && Array.isArray(q[listKey])) {
    const list = q[listKey] as VariableData[];
    if (has('variables-misspelled-component')) {
      for (const d of list) if (d.component?.name?.endsWith('Ctrlr')) d.component.name = d.component.name.slice(0, -1);
    }
    if (has('variables-first-only')) q[listKey] = list.slice(0, 1);
  }
  if (action === 'Reset' && ctx.version !== '1.6') {
    if (q.evseId === undefined && has('reset-station-evse-id')) q.evseId = 0;
    else if (q.evseId !== undefined && has('reset-evse-dropped')) delete q.evseId;
  }
  if (action === 'GetBaseReport' && has('base-report-wrong-type')) q.reportBase = q.reportBase === 'FullInventory' ? 'ConfigurationInventory' : 'FullInventory';
  if (action === 'GetReport' && has('get-report-drops-criteria')) delete q.componentCriteria;
  if (action === 'SetNetworkProfile' && has('network-profile-wrong-security') && isObject(q.connectionData)) {
    const asked = Number(q.connectionData.securityProfile ?? 0);
    q.connectionData.securityProfile = asked > 0 ? asked - 1 : 1;
  }
  return q;
}
