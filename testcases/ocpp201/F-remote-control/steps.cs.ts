/** Helpers of the F Remote control cases, charging station under test (the harness plays the CSMS). */
import type { CaseContext } from '../../kit.js';
import { configuredMs, type VariableSetting } from '../_shared/charging-session.cs.js';

/** Part 5: the authorization options for a remote start (C-36 ISO14443 ... C-39 NoAuthorization). */
export const REMOTE_START_AUTH = '(C-36 or C-37 or C-38 or C-39)';

export const core = (condition: string) => ({ profile: 'Core', condition });

/** Configuration State: AuthCtrlr.Enabled true (If implemented AND ReadWrite), DisableRemoteAuthorization false (If implemented). */
export const AUTH_ENABLED: Array<VariableSetting & { optional: boolean }> = [
  { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'false', optional: true },
];

/** Configuration State: AuthCtrlr.AuthorizeRemoteStart (If ReadWrite: the prerequisite excludes a read-only opposite value). */
export const authorizeRemoteStart = (value: boolean): VariableSetting & { optional: boolean } =>
  ({ component: 'AuthCtrlr', variable: 'AuthorizeRemoteStart', value: String(value), optional: true });

/** Configuration State: TxCtrlr.EVConnectionTimeOut is <Configured ev_connection_timeout> (seconds). */
export const evConnectionTimeOut = (ctx: CaseContext<'2.0.1', 'CS'>): VariableSetting =>
  ({ component: 'TxCtrlr', variable: 'EVConnectionTimeOut', value: String(Math.ceil(configuredMs(ctx, 'evConnectionTimeoutMs') / 1000)) });

/** Part 5: UnlockConnector cases need a detachable cable (and a station that is not Mode 1/2-only). */
export const DETACHABLE_CABLE = core('HFS-1');

/** <Configured evseId> / <Configured connectorId>: the first EVSE of the ICS, its connector 1. */
export function configuredConnector(ctx: CaseContext<'2.0.1', 'CS'>): { evseId: number; connectorId: number } {
  return { evseId: ctx.ics.evses[0]?.id ?? 1, connectorId: 1 };
}
