/** Configuration States several blocks' cases share (Part 6 writes them the same way in C, E and F). */
import type { CaseContext } from '../../kit.js';
import { configuredMs, type VariableSetting } from './charging-session.cs.js';

/** AuthCtrlr.Enabled true (If implemented AND ReadWrite), DisableRemoteAuthorization false (If implemented). */
export const AUTH_ENABLED: Array<VariableSetting & { optional: boolean }> = [
  { component: 'AuthCtrlr', variable: 'Enabled', value: 'true', optional: true },
  { component: 'AuthCtrlr', variable: 'DisableRemoteAuthorization', value: 'false', optional: true },
];

/** TxCtrlr.EVConnectionTimeOut is <Configured ev_connection_timeout> (seconds). */
export const evConnectionTimeOut = (ctx: CaseContext<'2.0.1', 'CS'>): VariableSetting =>
  ({ component: 'TxCtrlr', variable: 'EVConnectionTimeOut', value: String(Math.ceil(configuredMs(ctx, 'evConnectionTimeoutMs') / 1000)) });
