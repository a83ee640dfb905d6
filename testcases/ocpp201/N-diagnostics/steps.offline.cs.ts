/**
 * N07.FR.04 (TC_N_22_CS / TC_N_23_CS): the station offline while a monitor's variable changes. The OCTT closes
 * the connection and refuses reconnects (goOffline) and accepts them again (goOnline); the transaction session
 * knows it is offline, so its cleanup brings the station back online whatever happens.
 */
import type { CaseContext } from '../../kit.js';
import type { TxSession } from '../_shared/charging-session.cs.js';

type Ctx = CaseContext<'2.0.1', 'CS'>;

/** "Take Charging Station offline". */
export async function goOffline(ctx: Ctx, s: TxSession): Promise<void> {
  s.offline = true;
  await ctx.operator.do('goOffline');
  await ctx.sut.expectDisconnect(ctx.ics.timeouts.messageMs * 3);
}

/** "Bring Charging Station back online". */
export async function goOnline(ctx: Ctx, s: TxSession): Promise<void> {
  await ctx.operator.do('goOnline');
  await ctx.sut.expectConnection(ctx.ics.timeouts.messageMs * 3);
  s.offline = false;
}

/** The MonitoringCtrlr.OfflineQueuingSeverity of the Configuration State. */
export const offlineQueuingSeverity = (value: number) => ({ component: 'MonitoringCtrlr', variable: 'OfflineQueuingSeverity', value: String(value) });
