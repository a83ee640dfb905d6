/**
 * OCPP 2.0.1 transactions, the CSMS's requests (F01-F03, E14, F05): RequestStart/StopTransaction,
 * GetTransactionStatus and UnlockConnector, answered from the engine's sessions.
 */
import type { Payload } from '../../../../rpc/codec.js';
import type { StationContext } from '../../context.js';
import type { HandlerTable, IdToken } from '../../types.js';
import { pickFreeEvse } from './transactions.js';
import { claimReservation, reservationAllows } from './reserved-201.js';
import type { EvseState } from '../../ports.js';
import type { Engine201 } from './session-201.js';

export function requestHandlers201(ctx: StationContext, engine: Engine201): HandlerTable {
  return {
    RequestStartTransaction: (p) => {
      const pendingFault = ctx.provisioning.registration === 'Pending' && ctx.faults.has('pending-accepts-remote-start');
      if (ctx.provisioning.registration !== 'Accepted' && !pendingFault) return { payload: { status: 'Rejected' } };
      if (ctx.faults.has('remote-start-rejected')) return { payload: { status: 'Rejected' } };
      const token = p.idToken as IdToken;
      const free = (e: EvseState): boolean => !engine.sessions.get(e.id)?.authorized && reservationAllows(ctx, e, token);
      const evse = p.evseId !== undefined ? ctx.evses.get(Number(p.evseId)) : pickFreeEvse(ctx, free);
      // F01.FR.23-24; F01.FR.21-22: an EVSE reserved for another idToken and groupIdToken is Rejected too.
      if (!evse || !ctx.evses.isUsable(evse) || !free(evse)) return { payload: { status: 'Rejected' } };
      const remoteStartId = Number(p.remoteStartId);
      const txId = engine.sessions.get(evse.id)?.tx?.id;
      return {
        payload: { status: 'Accepted', ...(txId ? { transactionId: txId } : {}) },
        after: async () => {
          if (ctx.settings.bool('authorizeRemoteStart')) {
            const decision = await ctx.auth.authorize(token);
            if (decision.status !== 'Accepted') return;
          }
          const s = engine.session(evse);
          if (!claimReservation(ctx, evse, s, token)) return;
          engine.authorize(evse, s, token, 'RemoteStart', remoteStartId);
        },
      };
    },
    RequestStopTransaction: (p) => {
      const evse = ctx.evses.list.find((e) => engine.sessions.get(e.id)?.tx?.id === p.transactionId);
      if (!evse) return { payload: { status: 'Rejected' } };
      const reason = ctx.faults.has('remote-stop-wrong-reason') ? 'Local' : 'Remote';
      return { payload: { status: 'Accepted' }, after: () => engine.endAuthorization(evse, engine.session(evse), undefined, 'RemoteStop', reason) };
    },
    // E14: ongoingIndicator only for a given transaction; messagesInQueue about that transaction, or about any.
    GetTransactionStatus: (p) => {
      const wrongQueue = ctx.faults.has('transaction-status-wrong-queue');
      const wrongOngoing = ctx.faults.has('transaction-status-wrong-ongoing');
      if (p.transactionId === undefined) {
        const queued = ctx.outbox.queued('TransactionEvent') > 0;
        return { payload: { messagesInQueue: queued !== wrongQueue, ...(wrongOngoing ? { ongoingIndicator: engine.hasTransaction() } : {}) } };
      }
      const id = String(p.transactionId);
      const queued = ctx.outbox.queuedMatching('TransactionEvent', (q) => (q.transactionInfo as Payload | undefined)?.transactionId === id) > 0;
      return { payload: { ongoingIndicator: engine.transactionIds().includes(id) !== wrongOngoing, messagesInQueue: queued !== wrongQueue } };
    },
    UnlockConnector: (p) => {
      const evse = ctx.evses.get(Number(p.evseId));
      if (!evse || !evse.connectors.some((c) => c.id === Number(p.connectorId))) return { payload: { status: 'UnknownConnector' } };
      const s = engine.sessions.get(evse.id);
      if (s?.tx && s.authorized) return { payload: { status: 'OngoingAuthorizedTransaction' } };
      return { payload: { status: 'Unlocked' } };
    },
  };
}
