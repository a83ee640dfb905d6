import { setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

/** Steps shared by the three "EV side disconnected" cases: the keys, then a charging session. */
export async function chargingWithEvSideDisconnect(ctx: Parameters<typeof energyTransferStarted>[0], stop: boolean, unlock: boolean | undefined) {
  await setConfiguration(ctx, 'StopTransactionOnEVSideDisconnect', String(stop));
  if (unlock !== undefined) await setConfiguration(ctx, 'UnlockConnectorOnEVSideDisconnect', String(unlock), { optional: true });
  return energyTransferStarted(ctx);
}
