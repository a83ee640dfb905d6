/** What several blocks' default request payloads need of the CSMS's state: a token it accepts, a live transaction. */
import { HarnessError } from '../../errors.js';
import type { Payload } from '../../rpc/codec.js';
import { liveTransaction, type RequestContext } from './types.js';

/** The first Accepted id token the CSMS knows (F01.FR.01 remote starts, H01 reservations). */
export function acceptedToken(ctx: RequestContext): { idToken: string; type: string } {
  const t = ctx.csms.idTokens().find((x) => x.status === 'Accepted');
  return { idToken: t?.idToken ?? 'HARNESS-REMOTE-01', type: t?.type ?? (ctx.version === '1.6' ? 'ISO14443' : 'Central') };
}

/** The transaction a request names: the hint's, else the station's running one (F03.FR.01). */
export function liveTransactionId(ctx: RequestContext, hint: Payload, action: string): string {
  if (hint.transactionId !== undefined) return String(hint.transactionId);
  const tx = liveTransaction(ctx.csms.transactions, ctx.stationId);
  if (!tx) throw new HarnessError('OCPPH_ERR_SIMULATOR', `${action}: station ${ctx.stationId} has no running transaction; give transactionId in the hint`);
  return tx.transactionId;
}

/** An ISO 8601 time `offsetMs` from the CSMS's clock (schedules, firmware retrieval, reservation expiry). */
export const isoFromNow = (ctx: RequestContext, offsetMs = 0): string => new Date(ctx.csms.now().getTime() + offsetMs).toISOString();
