/** Helpers of the F Remote control cases, charging station under test (the harness plays the CSMS). */
import type { CaseContext, Request } from '../../kit.js';
import type { VariableSetting } from '../_shared/charging-session.cs.js';
export { AUTH_ENABLED, evConnectionTimeOut } from '../_shared/configuration-states.cs.js';

/** Part 5: the authorization options for a remote start (C-36 ISO14443 ... C-39 NoAuthorization). */
export const REMOTE_START_AUTH = '(C-36 or C-37 or C-38 or C-39)';

export const core = (condition: string) => ({ profile: 'Core', condition });


/** Configuration State: AuthCtrlr.AuthorizeRemoteStart (If ReadWrite: the prerequisite excludes a read-only opposite value). */
export const authorizeRemoteStart = (value: boolean): VariableSetting & { optional: boolean } =>
  ({ component: 'AuthCtrlr', variable: 'AuthorizeRemoteStart', value: String(value), optional: true });


/** Part 5: UnlockConnector cases need a detachable cable (and a station that is not Mode 1/2-only). */
export const DETACHABLE_CABLE = core('HFS-1 and NOT Product Subtype "Mode 1/2-only Charging Station"');

/** <Configured evseId> / <Configured connectorId>: the first EVSE of the ICS, its connector 1. */
export function configuredConnector(ctx: CaseContext<'2.0.1', 'CS'>): { evseId: number; connectorId: number } {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}

/** Part 5 C-29.x: the TriggerMessage options. */
export const trigger = (option: string) => core(`C-29.${option}`);

/**
 * Steps 1-2: TriggerMessageRequest `request`; the tool validation "status must be Accepted" (F06.FR.05).
 * The wait for what it triggers is armed by the caller before (the station may send it at once).
 */
export async function triggerAccepted(ctx: CaseContext<'2.0.1', 'CS'>, request: Request<'2.0.1', 'TriggerMessage'>): Promise<void> {
  const res = await ctx.sut.call('TriggerMessage', request, { requirement: 'F06.FR.05' });
  ctx.expect(res.status, 'F06.FR.05: TriggerMessageResponse status').to.equal('Accepted');
}

/** meterValue[0].sampledValue[0].context of a MeterValues / TransactionEvent request. */
export function firstContext(p: { meterValue?: Array<{ sampledValue?: Array<{ context?: string }> }> }): string | undefined {
  return p.meterValue?.[0]?.sampledValue?.[0]?.context;
}

interface AvailabilityDatum { trigger?: string; actualValue?: string; component?: { name?: string }; variable?: { name?: string } }

/**
 * TC_F_23/24: TriggerMessage StatusNotification for <Configured evseId> / <Configured connectorId>, Accepted (steps 1-2);
 * the station notifies the current state of the connector (3-4): StatusNotificationRequest connectorStatus `status`,
 * or NotifyEventRequest eventData[0] trigger Delta, actualValue `status`, Connector / AvailabilityState.
 */
export async function triggeredConnectorStatus(ctx: CaseContext<'2.0.1', 'CS'>, status: 'Available' | 'Occupied'): Promise<void> {
  const { expect } = ctx;
  const { evseId, connectorId } = configuredConnector(ctx);
  const notified = ctx.sut.expectCall(['StatusNotification', 'NotifyEvent'], {
    requirement: 'F06.FR.10', describe: '(the connector\'s current state)',
    filter: (p) => 'connectorStatus' in p || ((p.eventData as AvailabilityDatum[] | undefined) ?? []).some((d) => d.variable?.name === 'AvailabilityState'),
  });
  await triggerAccepted(ctx, { requestedMessage: 'StatusNotification', evse: { id: evseId, connectorId } });
  const call = await notified;
  if (call.action === 'StatusNotification') {
    expect(call.payload.connectorStatus, 'F06.FR.09: StatusNotificationRequest connectorStatus').to.equal(status);
    return;
  }
  const d = ((call.payload.eventData as AvailabilityDatum[] | undefined) ?? [])[0];
  expect(d?.trigger, 'F06.FR.09: NotifyEventRequest eventData[0].trigger').to.equal('Delta');
  expect(d?.actualValue, 'F06.FR.09: NotifyEventRequest eventData[0].actualValue').to.equal(status);
  expect(d?.component?.name, 'F06.FR.09: NotifyEventRequest eventData[0].component.name').to.equal('Connector');
  expect(d?.variable?.name, 'F06.FR.09: NotifyEventRequest eventData[0].variable.name').to.equal('AvailabilityState');
}
